import {Box} from 'ink';
import {wrapSpans} from '../../layout/wrap.js';
import {useTheme} from '../../theme.js';
import {OptionRow, optionPrefix, rowStyle} from './option-row.js';
import {fitQuestion, gap, promptSpans} from './question-layout.js';
import {QuestionPrompt} from './question-prompt.js';

type Props = {
	prompt: string;
	/** The options as shown, top to bottom; numbered from 1. */
	labels: readonly string[];
	cursor: number;
	width: number;
	height: number | undefined;
	compact: boolean;
	lead: string | undefined;
};

/** A prompt over numbered options with a pointer: what choice and true/false questions look like. */
export function SingleChoiceView({prompt, labels, cursor, width, height, compact, lead}: Props) {
	const theme = useTheme();
	const rows = labels.map((label, position) => {
		const focused = position === cursor;
		return {
			prefix: optionPrefix(focused ? theme.symbols.pointer : ' ', `${position + 1}.`),
			spans: [{text: label, style: rowStyle(focused, theme.accent)}],
		};
	});
	const layout = fitQuestion({prompt: wrapSpans(promptSpans(prompt, theme, lead), width), rows, fixed: gap(compact), width, height});
	return (
		<Box flexDirection="column" width={width}>
			<QuestionPrompt lines={layout.prompt} compact={compact} />
			{rows.map((row, position) => (
				<OptionRow key={position} prefix={row.prefix} lines={layout.rows[position] ?? []} highlighted={position === cursor} />
			))}
		</Box>
	);
}
