import {Box, Text, useApp} from 'ink';
import {useRef, useState} from 'react';
import type {PackEntry} from '../../core/pack/load.js';
import {packStanding, type PackProgress} from '../../core/progress/progress.js';
import {toSingleLine} from '../../core/text/sanitize.js';
import {Footer, footerHeight} from '../components/footer.js';
import {StyledLines} from '../components/styled-lines.js';
import {compactRows, useTerminalSize} from '../hooks/use-terminal-size.js';
import {bindings} from '../keys.js';
import {clampLines, wrapText} from '../layout/wrap.js';
import {useTheme} from '../theme.js';
import {visibleWindow} from './visible-window.js';
import {useKeys} from '../hooks/use-keys.js';

type Props = {
	entries: readonly PackEntry[];
	progressFor: (packId: string) => PackProgress;
	notices: readonly string[];
	onStudy: (packId: string) => void;
	onFacts: (packId: string) => void;
	onArticle: () => void;
};

/**
 * The packs the learner can study, with their question and mastered counts;
 * broken packs say why. Above them, "Quiz me on an article" makes a new pack.
 */
export function HomeScreen({entries, progressFor, notices, onStudy, onFacts, onArticle}: Props) {
	const theme = useTheme();
	const {exit} = useApp();
	const {columns, rows} = useTerminalSize();
	const compact = rows < compactRows;
	const gap = compact ? 0 : 1;
	const playable = entries.filter(entry => entry.status === 'ok');
	const broken = entries.filter(entry => entry.status === 'broken');
	// Row 0 is "Quiz me on an article"; the packs follow. The first pack is chosen at the start.
	const firstRow = playable.length > 0 ? 1 : 0;
	const [cursor, setCursor] = useState(firstRow);
	// ink re-attaches this handler only after a render's effects run, so keys
	// in one burst (↓ then Enter) would see a stale `cursor`; the ref never is.
	const current = useRef(firstRow);
	const moveTo = (index: number) => {
		current.current = Math.max(0, Math.min(playable.length, index));
		setCursor(current.current);
	};
	const packAt = (row: number) => {
		const entry = row > 0 ? playable[row - 1] : undefined;
		return entry?.status === 'ok' ? entry.pack.id : undefined;
	};

	useKeys((input, key) => {
		const packId = packAt(current.current);
		if (bindings.quit.matches(input, key)) exit();
		else if (bindings.up.matches(input, key)) moveTo(current.current - 1);
		else if (bindings.down.matches(input, key)) moveTo(current.current + 1);
		else if (bindings.article.matches(input, key)) onArticle();
		else if (bindings.facts.matches(input, key) && packId) onFacts(packId);
		else if (bindings.confirm.matches(input, key)) {
			if (packId) onStudy(packId);
			else if (current.current === 0) onArticle();
		}
	});

	const width = columns - (compact ? 0 : 2);
	const hints = ['↑↓ choose', bindings.study.label, bindings.facts.label, bindings.article.label, bindings.quit.label];
	const noticeLines = notices.map(notice => clampLines(wrapText(`! ${toSingleLine(notice)}`, width, {color: theme.warning}), 3, width));
	const brokenShown = Math.min(broken.length, compact ? 1 : 3);
	const brokenLines = brokenShown + (broken.length > brokenShown ? 1 : 0) + (broken.length > 0 ? gap : 0);
	const fixed = 2 + noticeLines.flat().length + gap + brokenLines + footerHeight(hints, width, compact);
	// Each pack takes two lines; "↑ n more" and "↓ n more" one each when the list is cut.
	const room = rows - fixed;
	const capacity = playable.length * 2 <= room ? playable.length : Math.max(1, Math.floor((room - 2) / 2));
	const {start, end} = visibleWindow(playable.length, cursor - 1, capacity);

	return (
		<Box flexDirection="column" width={columns} paddingX={compact ? 0 : 1}>
			<Text bold wrap="truncate-end">
				factdrill{compact ? '' : ' — who said what, when, which treaty'}
			</Text>
			{noticeLines.map((lines, index) => (
				<StyledLines key={index} lines={lines} />
			))}
			<Box flexDirection="column" marginTop={gap}>
				<Text bold={cursor === 0} color={cursor === 0 ? theme.accent : undefined} wrap="truncate-end">
					{cursor === 0 ? theme.symbols.pointer : ' '} + Quiz me on an article (a file or a web address)
				</Text>
				{playable.length === 0 ? <Text>No packs to study yet. Make one from an article, or put a pack (.yaml) in questions/ or your packs folder.</Text> : null}
				{start > 0 ? <Text color={theme.muted}>  ↑ {start} more</Text> : null}
				{playable.slice(start, end).map((entry, offset) => {
					if (entry.status !== 'ok') return null;
					const selected = start + offset + 1 === cursor;
					const {pack} = entry;
					const ids = pack.questions.map(question => question.id);
					const {answered, mastered, missedLastTime} = packStanding(progressFor(pack.id), ids);
					const counts = [
						`${pack.questions.length} questions`,
						`${mastered} mastered`,
						...(answered > 0 ? [`${answered} answered`] : []),
						...(missedLastTime > 0 ? [`${missedLastTime} missed last time`] : []),
						...(entry.origin === 'user' ? ['yours'] : []),
					];
					return (
						<Box key={pack.id} flexDirection="column">
							<Text bold={selected} color={selected ? theme.accent : undefined} wrap="truncate-end">
								{selected ? theme.symbols.pointer : ' '} {toSingleLine(pack.title)}
							</Text>
							<Text color={theme.muted} wrap="truncate-end">
								{'  '}
								{counts.join(' · ')}
							</Text>
						</Box>
					);
				})}
				{end < playable.length ? <Text color={theme.muted}>  ↓ {playable.length - end} more</Text> : null}
			</Box>
			{broken.length > 0 ? (
				<Box flexDirection="column" marginTop={gap}>
					{broken.slice(0, brokenShown).map(entry => (
						<Text key={entry.file} color={theme.bad} wrap="truncate-end">
							{theme.symbols.wrong} broken: {toSingleLine(entry.status === 'broken' ? entry.reason : '')}
						</Text>
					))}
					{broken.length > brokenShown ? (
						<Text color={theme.muted} wrap="truncate-end">
							{'  '}…and {broken.length - brokenShown} more: run factdrill lint
						</Text>
					) : null}
				</Box>
			) : null}
			<Footer width={width} compact={compact} hints={hints} />
		</Box>
	);
}
