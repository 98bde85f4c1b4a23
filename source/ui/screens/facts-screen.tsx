import {Box, Text} from 'ink';
import type {Pack} from '../../core/pack/schema.js';
import {Footer, footerHeight} from '../components/footer.js';
import {StyledLines} from '../components/styled-lines.js';
import {useKeys} from '../hooks/use-keys.js';
import {compactRows, useTerminalSize} from '../hooks/use-terminal-size.js';
import {bindings} from '../keys.js';
import {useTheme} from '../theme.js';
import {factsHeaderLines} from '../timeline/facts-header.js';
import {FactsTimeline} from '../timeline/facts-timeline.js';

type Props = {pack: Pack; onStudy: () => void; onBack: () => void};

/** A pack's facts as a timeline — date, who, what, source — to read before (or instead of) studying it. */
export function FactsScreen({pack, onStudy, onBack}: Props) {
	const theme = useTheme();
	const {columns, rows} = useTerminalSize();
	const compact = rows < compactRows;
	const gap = compact ? 0 : 1;
	const width = columns - (compact ? 0 : 2);

	useKeys((input, key) => {
		if (bindings.back.matches(input, key)) onBack();
		else if (bindings.study.matches(input, key)) onStudy();
	});

	const empty = pack.facts.length === 0;
	const scroll = empty ? [] : compact ? ['↑↓ PgUp PgDn'] : ['↑↓ scroll', 'PgUp/PgDn page'];
	const hints = [...scroll, bindings.study.label, bindings.back.label];
	const header = factsHeaderLines(`Facts · ${pack.title}`, pack.facts, pack.sources, width, theme);
	const height = Math.max(1, rows - header.length - gap - footerHeight(hints, width, compact));

	return (
		<Box flexDirection="column" width={columns} paddingX={compact ? 0 : 1}>
			<StyledLines lines={header} />
			<Box flexDirection="column" marginTop={gap}>
				{empty ? (
					<Text wrap="wrap">This pack lists no facts; its questions can still be studied.</Text>
				) : (
					<FactsTimeline facts={pack.facts} sources={pack.sources} width={width} height={height} compact={compact} isActive />
				)}
			</Box>
			<Footer width={width} compact={compact} hints={hints} />
		</Box>
	);
}
