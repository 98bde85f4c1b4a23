import {Box, Text, useApp, useInput} from 'ink';
import {useState} from 'react';
import type {PackEntry} from '../../core/pack/load.js';
import {countMastered, type PackProgress} from '../../core/progress/progress.js';
import {toSingleLine} from '../../core/text/sanitize.js';
import {Footer} from '../components/footer.js';
import {compactRows, useTerminalSize} from '../hooks/use-terminal-size.js';
import {bindings} from '../keys.js';
import {useTheme} from '../theme.js';
import {visibleWindow} from './visible-window.js';

type Props = {
	entries: readonly PackEntry[];
	progressFor: (packId: string) => PackProgress;
	notices: readonly string[];
	onStudy: (packId: string) => void;
};

/** The packs the learner can study, with their question and mastered counts; broken packs say why. */
export function HomeScreen({entries, progressFor, notices, onStudy}: Props) {
	const theme = useTheme();
	const {exit} = useApp();
	const {columns, rows} = useTerminalSize();
	const compact = rows < compactRows;
	const playable = entries.filter(entry => entry.status === 'ok');
	const broken = entries.filter(entry => entry.status === 'broken');
	const [cursor, setCursor] = useState(0);

	useInput((input, key) => {
		if (bindings.quit.matches(input, key)) exit();
		else if (bindings.up.matches(input, key)) setCursor(value => Math.max(0, value - 1));
		else if (bindings.down.matches(input, key)) setCursor(value => Math.min(playable.length - 1, value + 1));
		else if (bindings.confirm.matches(input, key)) {
			const entry = playable[cursor];
			if (entry?.status === 'ok') onStudy(entry.pack.id);
		}
	});

	// Each pack takes two lines; keep room for title, notices, broken list and footer.
	const reserved = 6 + notices.length + Math.min(broken.length, compact ? 1 : 3);
	const capacity = Math.max(1, Math.floor((rows - reserved) / 2));
	const {start, end} = visibleWindow(playable.length, cursor, capacity);

	return (
		<Box flexDirection="column" width={columns} paddingX={compact ? 0 : 1}>
			<Text bold>factdrill {compact ? '' : '— who said what, when, which treaty'}</Text>
			{notices.map(notice => (
				<Text key={notice} color={theme.warning} wrap="wrap">
					! {toSingleLine(notice)}
				</Text>
			))}
			<Box flexDirection="column" marginTop={compact ? 0 : 1}>
				{playable.length === 0 ? <Text>No packs to study yet. Put a pack (.yaml) in questions/ or your packs folder.</Text> : null}
				{start > 0 ? <Text color={theme.muted}>  ↑ {start} more</Text> : null}
				{playable.slice(start, end).map((entry, offset) => {
					if (entry.status !== 'ok') return null;
					const selected = start + offset === cursor;
					const {pack} = entry;
					const ids = pack.questions.map(question => question.id);
					const mastered = countMastered(progressFor(pack.id), ids);
					return (
						<Box key={pack.id} flexDirection="column">
							<Text bold={selected} color={selected ? theme.accent : undefined} wrap="truncate-end">
								{selected ? theme.symbols.pointer : ' '} {toSingleLine(pack.title)}
							</Text>
							<Text color={theme.muted} wrap="truncate-end">
								{'  '}
								{pack.questions.length} questions · {mastered} mastered{entry.origin === 'user' ? ' · yours' : ''}
							</Text>
						</Box>
					);
				})}
				{end < playable.length ? <Text color={theme.muted}>  ↓ {playable.length - end} more</Text> : null}
			</Box>
			{broken.length > 0 ? (
				<Box flexDirection="column" marginTop={compact ? 0 : 1}>
					{broken.slice(0, compact ? 1 : 3).map(entry => (
						<Text key={entry.file} color={theme.bad} wrap="truncate-end">
							{theme.symbols.wrong} broken: {toSingleLine(entry.status === 'broken' ? entry.reason : '')}
						</Text>
					))}
					{broken.length > (compact ? 1 : 3) ? (
						<Text color={theme.muted}>  …and {broken.length - (compact ? 1 : 3)} more: run factdrill lint</Text>
					) : null}
				</Box>
			) : null}
			<Footer width={columns - (compact ? 0 : 2)} hints={['↑↓ choose', 'Enter study', bindings.quit.label]} />
		</Box>
	);
}
