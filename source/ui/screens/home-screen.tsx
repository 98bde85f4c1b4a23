import {Box, Text, useApp} from 'ink';
import {useMemo, useState} from 'react';
import {isBroken, isLoaded, type PackEntry} from '../../core/pack/load.js';
import type {Pack} from '../../core/pack/schema.js';
import {formatUntil, packStanding, type PackProgress} from '../../core/progress/progress.js';
import {limitsFor, type LearnerSettings} from '../../core/schedule/settings.js';
import {dueSummary, type DueSummary} from '../../core/schedule/study-queue.js';
import {toSingleLine} from '../../core/text/sanitize.js';
import {Footer, footerHeight} from '../components/footer.js';
import {StyledLines} from '../components/styled-lines.js';
import {compactRows, useTerminalSize} from '../hooks/use-terminal-size.js';
import {bindings} from '../keys.js';
import {clampLines, wrapText} from '../layout/wrap.js';
import {useTheme} from '../theme.js';
import {visibleWindow} from './visible-window.js';
import {useKeys} from '../hooks/use-keys.js';
import {useRefState} from '../hooks/use-ref-state.js';

type Props = {
	entries: readonly PackEntry[];
	progressFor: (packId: string) => PackProgress;
	settings: LearnerSettings;
	now: () => number;
	notices: readonly string[];
	onStudy: (packId: string) => void;
	/** Everything due across the packs, then new questions. */
	onStudyAll: () => void;
	onFacts: (packId: string) => void;
	onArticle: () => void;
	/** A timed self-test on the chosen pack, or on every pack when no pack row is chosen. */
	onExam: (packId: string | undefined) => void;
	onStats: () => void;
};

/**
 * The packs the learner can study, with what is due and new today and their
 * question and mastered counts; broken packs say why. Above them, "Quiz me on
 * an article" makes a new pack and "Study everything due" studies every pack.
 */
export function HomeScreen({entries, progressFor, settings, now, notices, onStudy, onStudyAll, onFacts, onArticle, onExam, onStats}: Props) {
	const theme = useTheme();
	const {exit} = useApp();
	const {columns, rows} = useTerminalSize();
	const compact = rows < compactRows;
	const gap = compact ? 0 : 1;
	const playable = entries.filter(isLoaded);
	const broken = entries.filter(isBroken);
	// Row 0 is "Quiz me on an article", row 1 "Study everything due"; the packs follow. The first pack is chosen at the start.
	const firstRow = playable.length > 0 ? 2 : 0;
	// Read by the key handler through `current`: keys in one burst (↓ then Enter) must see the move before.
	const [cursor, setCursor, current] = useRefState(firstRow);
	// Counted once per visit (the screen is drawn anew on each return home), not on every key: at 100,000 questions a count takes 20–30 ms.
	const [at] = useState(now);
	const counts = useMemo(
		() => playable.map(entry => packCounts(entry.pack, progressFor(entry.pack.id), settings, at)),
		// eslint-disable-next-line react-hooks/exhaustive-deps
		[entries, settings, at],
	);
	const moveTo = (index: number) => setCursor(Math.max(0, Math.min(playable.length > 0 ? playable.length + 1 : 0, index)));
	const packAt = (row: number) => (row > 1 ? playable[row - 2]?.pack.id : undefined);

	useKeys((input, key) => {
		const packId = packAt(current.current);
		if (bindings.quit.matches(input, key)) exit();
		else if (bindings.up.matches(input, key)) moveTo(current.current - 1);
		else if (bindings.down.matches(input, key)) moveTo(current.current + 1);
		else if (bindings.article.matches(input, key)) onArticle();
		else if (bindings.studyAll.matches(input, key) && playable.length > 0) onStudyAll();
		else if (bindings.facts.matches(input, key) && packId) onFacts(packId);
		else if (bindings.exam.matches(input, key) && playable.length > 0) onExam(packId);
		else if (bindings.stats.matches(input, key)) onStats();
		else if (bindings.confirm.matches(input, key)) {
			if (packId) onStudy(packId);
			else if (current.current === 0) onArticle();
			else if (current.current === 1) onStudyAll();
		}
	});

	const width = columns - (compact ? 0 : 2);
	const hints = [bindings.study.label, bindings.studyAll.label, bindings.facts.label, bindings.exam.label, bindings.stats.label, bindings.article.label, bindings.quit.label];
	const noticeLines = notices.map(notice => clampLines(wrapText(`! ${toSingleLine(notice)}`, width, {color: theme.warning}), 3, width));
	const brokenShown = Math.min(broken.length, compact ? 1 : 3);
	const brokenLines = brokenShown + (broken.length > brokenShown ? 1 : 0) + (broken.length > 0 ? gap : 0);
	const studyAllLines = playable.length > 0 ? 2 : 0;
	const fixed = 2 + studyAllLines + noticeLines.flat().length + gap + brokenLines + footerHeight(hints, width, compact);
	// Each pack takes two lines; "↑ n more" and "↓ n more" one each when the list is cut.
	const room = rows - fixed;
	const capacity = playable.length * 2 <= room ? playable.length : Math.max(1, Math.floor((room - 2) / 2));
	const {start, end} = visibleWindow(playable.length, cursor - 2, capacity);

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
				{playable.length > 0 ? (
					<Box flexDirection="column">
						<Text bold={cursor === 1} color={cursor === 1 ? theme.accent : undefined} wrap="truncate-end">
							{cursor === 1 ? theme.symbols.pointer : ' '} Study everything due
						</Text>
						<Text color={theme.muted} wrap="truncate-end">
							{'  '}
							{totalLine(counts.map(count => count.due), at)}
						</Text>
					</Box>
				) : null}
				{playable.length === 0 ? <Text>No packs to study yet. Make one from an article, or put a pack (.yaml) in questions/ or your packs folder.</Text> : null}
				{start > 0 ? <Text color={theme.muted}>  ↑ {start} more</Text> : null}
				{playable.slice(start, end).map((entry, offset) => {
					const selected = start + offset + 2 === cursor;
					const {pack} = entry;
					const {due, standing} = counts[start + offset]!;
					const line = [
						`${due.due} due`,
						`${due.new} new`,
						`${pack.questions.length} questions`,
						`${standing.mastered} mastered`,
						...(entry.origin === 'user' ? ['yours'] : []),
					];
					return (
						<Box key={pack.id} flexDirection="column">
							<Text bold={selected} color={selected ? theme.accent : undefined} wrap="truncate-end">
								{selected ? theme.symbols.pointer : ' '} {toSingleLine(pack.title)}
							</Text>
							<Text color={theme.muted} wrap="truncate-end">
								{'  '}
								{line.join(' · ')}
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
							{theme.symbols.wrong} broken: {toSingleLine(entry.reason)}
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

function packCounts(pack: Pack, progress: PackProgress, settings: LearnerSettings, now: number) {
	const ids = pack.questions.map(question => question.id);
	return {due: dueSummary({pack, progress, limits: limitsFor(settings, pack)}, now), standing: packStanding(progress, ids)};
}

/** "Today: 37 due · 20 new across 3 packs", or when the next review is if nothing is left. */
export function totalLine(summaries: readonly DueSummary[], now: number): string {
	const due = summaries.reduce((sum, summary) => sum + summary.due, 0);
	const fresh = summaries.reduce((sum, summary) => sum + summary.new, 0);
	const packs = `across ${summaries.length} ${summaries.length === 1 ? 'pack' : 'packs'}`;
	if (due > 0 || fresh > 0) return `Today: ${due} due · ${fresh} new ${packs}`;
	const next = summaries.flatMap(summary => (summary.nextDueAt === undefined ? [] : [summary.nextDueAt]));
	return next.length > 0 ? `Nothing due — next review ${formatUntil(Math.min(...next) - now)}` : 'Nothing due';
}
