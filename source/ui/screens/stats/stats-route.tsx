import {Box, Text} from 'ink';
import {useEffect, useState} from 'react';
import type {ExamAttempt} from '../../../core/exam/exam-attempt.js';
import type {Pack} from '../../../core/pack/schema.js';
import type {ProgressStore} from '../../../core/progress/progress.js';
import type {StudySettings} from '../../../core/schedule/settings.js';
import {toSingleLine} from '../../../core/text/sanitize.js';
import {collectStats} from '../../../core/stats/collect-stats.js';
import type {Stats} from '../../../core/stats/stats.js';
import {Spinner} from '../../components/spinner.js';
import {useKeys} from '../../hooks/use-keys.js';
import {bindings} from '../../keys.js';
import {useTheme} from '../../theme.js';
import {StatsScreen} from './stats-screen.js';
import {errorMessage} from '../../../core/text/error-message.js';

type Props = {
	packs: readonly Pack[];
	store: ProgressStore;
	exams: () => readonly ExamAttempt[];
	settings: Pick<StudySettings, 'leechLapses'>;
	now: () => number;
	onBack: () => void;
};

type Loaded = {kind: 'loading'} | {kind: 'ready'; stats: Stats} | {kind: 'failed'; message: string};

/** The stats screen as the home screen opens it: the review logs are read first, with a spinner. */
export function StatsRoute({packs, store, exams, settings, now, onBack}: Props) {
	const theme = useTheme();
	const [loaded, setLoaded] = useState<Loaded>({kind: 'loading'});
	useEffect(() => {
		let live = true;
		collectStats({packs, store, exams: exams(), settings, now: now()}).then(
			stats => live && setLoaded({kind: 'ready', stats}),
			(error: unknown) => live && setLoaded({kind: 'failed', message: errorMessage(error)}),
		);
		return () => {
			live = false;
		};
		// Read once when the screen opens; suspending a leech updates the screen itself.
		// eslint-disable-next-line react-hooks/exhaustive-deps
	}, []);
	useKeys((input, key) => {
		if (loaded.kind !== 'ready' && bindings.back.matches(input, key)) onBack();
	});

	if (loaded.kind === 'ready') return <StatsScreen stats={loaded.stats} onSuspend={(packId, questionId, suspended) => store.setSuspended(packId, questionId, suspended)} onBack={onBack} />;
	return (
		<Box flexDirection="column" paddingX={1}>
			{loaded.kind === 'loading' ? (
				<Spinner label="Reading your reviews" />
			) : (
				<Text color={theme.bad}>
					{theme.symbols.wrong} Stats could not be read: {toSingleLine(loaded.message)}
				</Text>
			)}
			<Text color={theme.muted}>{bindings.back.label}</Text>
		</Box>
	);
}
