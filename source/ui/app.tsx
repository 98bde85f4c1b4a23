import {useState} from 'react';
import type {PackEntry} from '../core/pack/load.js';
import type {ProgressStore} from '../core/progress/progress.js';
import {ErrorBoundary} from './components/error-boundary.js';
import {HomeScreen} from './screens/home-screen.js';
import {StudyScreen} from './screens/study-screen.js';
import {createTheme, ThemeContext, type Theme} from './theme.js';

export type AppProps = {
	entries: readonly PackEntry[];
	store: ProgressStore;
	/** Messages to show on the home screen, e.g. a progress file that was moved aside. */
	notices?: readonly string[];
	/** Open this pack's study session straight away. */
	initialPackId?: string;
	seed: number;
	now?: () => number;
	theme?: Theme;
};

type Screen = {name: 'home'} | {name: 'study'; packId: string; session: number};

export function App({entries, store, notices = [], initialPackId, seed, now = Date.now, theme}: AppProps) {
	const [screen, setScreen] = useState<Screen>(
		initialPackId ? {name: 'study', packId: initialPackId, session: 0} : {name: 'home'},
	);
	// Each new session gets its own seed, so a replayed pack is shuffled afresh.
	const [sessionCount, setSessionCount] = useState(0);
	// Re-read after every return home so mastered counts include the session just played.
	const progressFor = (packId: string) => store.read(packId);
	const study = screen.name === 'study' ? findPlayable(entries, screen.packId) : undefined;

	return (
		<ThemeContext.Provider value={theme ?? createTheme()}>
			<ErrorBoundary>
				{study ? (
					<StudyScreen
						key={screen.name === 'study' ? screen.session : 0}
						pack={study}
						store={store}
						seed={seed + (screen.name === 'study' ? screen.session : 0)}
						now={now}
						onHome={() => setScreen({name: 'home'})}
					/>
				) : (
					<HomeScreen
						entries={entries}
						progressFor={progressFor}
						notices={notices}
						onStudy={packId => {
							setSessionCount(sessionCount + 1);
							setScreen({name: 'study', packId, session: sessionCount + 1});
						}}
					/>
				)}
			</ErrorBoundary>
		</ThemeContext.Provider>
	);
}

function findPlayable(entries: readonly PackEntry[], packId: string) {
	const entry = entries.find(candidate => candidate.status === 'ok' && candidate.pack.id === packId);
	return entry?.status === 'ok' ? entry.pack : undefined;
}
