import {useState} from 'react';
import type {ArticleQuiz} from '../commands/quiz-article/quiz-article.js';
import type {PackEntry} from '../core/pack/load.js';
import type {ProgressStore} from '../core/progress/progress.js';
import {ErrorBoundary} from './components/error-boundary.js';
import {addEntry, packIds, playablePack} from './library-entries.js';
import {ArticleScreen} from './screens/article/article-screen.js';
import {FactsScreen} from './screens/facts-screen.js';
import {HomeScreen} from './screens/home-screen.js';
import {StudyScreen} from './screens/study-screen.js';
import {createTheme, ThemeContext, type Theme} from './theme.js';

export type AppProps = {
	entries: readonly PackEntry[];
	store: ProgressStore;
	/** Reads an article and makes a pack of it, for "Quiz me on an article". */
	articleQuiz: ArticleQuiz;
	/** Messages to show on the home screen, e.g. a progress file that was moved aside. */
	notices?: readonly string[];
	/** Open this pack's study session straight away. */
	initialPackId?: string;
	seed: number;
	now?: () => number;
	theme?: Theme;
};

type Screen = {name: 'home'} | {name: 'study'; packId: string; session: number} | {name: 'facts'; packId: string} | {name: 'article'};

export function App({entries, store, articleQuiz, notices = [], initialPackId, seed, now = Date.now, theme}: AppProps) {
	const [screen, setScreen] = useState<Screen>(
		initialPackId ? {name: 'study', packId: initialPackId, session: 0} : {name: 'home'},
	);
	// Packs made from articles join the ones loaded at the start.
	const [library, setLibrary] = useState(entries);
	// Each new session gets its own seed, so a replayed pack is shuffled afresh.
	const [sessionCount, setSessionCount] = useState(0);
	// Re-read after every return home so mastered counts include the session just played.
	const progressFor = (packId: string) => store.read(packId);
	const home = () => setScreen({name: 'home'});
	const study = (packId: string) => {
		setSessionCount(sessionCount + 1);
		setScreen({name: 'study', packId, session: sessionCount + 1});
	};
	const shown = screen.name === 'study' || screen.name === 'facts' ? playablePack(library, screen.packId) : undefined;

	const content = () => {
		if (screen.name === 'study' && shown) {
			return <StudyScreen key={screen.session} pack={shown} store={store} seed={seed + screen.session} now={now} onHome={home} />;
		}
		if (screen.name === 'facts' && shown) return <FactsScreen pack={shown} onStudy={() => study(shown.id)} onBack={home} />;
		if (screen.name === 'article') {
			return (
				<ArticleScreen
					articleQuiz={articleQuiz}
					seed={seed}
					takenIds={packIds(library)}
					onBack={home}
					onCreated={entry => {
						setLibrary(current => addEntry(current, entry));
						if (entry.status === 'ok') study(entry.pack.id);
					}}
				/>
			);
		}
		return (
			<HomeScreen
				entries={library}
				progressFor={progressFor}
				notices={notices}
				onStudy={study}
				onFacts={packId => setScreen({name: 'facts', packId})}
				onArticle={() => setScreen({name: 'article'})}
			/>
		);
	};

	return (
		<ThemeContext.Provider value={theme ?? createTheme()}>
			<ErrorBoundary>{content()}</ErrorBoundary>
		</ThemeContext.Provider>
	);
}
