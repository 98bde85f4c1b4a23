import {useApp} from 'ink';
import {useState} from 'react';
import type {ArticleQuiz} from '../commands/quiz-article/quiz-article.js';
import {resolveExamOptions} from '../core/exam/exam-options.js';
import type {ExamStore} from '../core/exam/exam-store.js';
import {loadedPacks, type PackEntry} from '../core/pack/load.js';
import type {Pack} from '../core/pack/schema.js';
import {plural} from '../core/text/plural.js';
import type {ProgressStore, Scheduler} from '../core/progress/progress.js';
import type {LearnerSettings} from '../core/schedule/settings.js';
import {ErrorBoundary} from './components/error-boundary.js';
import {addEntry, packIds, playablePack} from './library-entries.js';
import {ArticleScreen} from './screens/article/article-screen.js';
import {FactsScreen} from './screens/facts-screen.js';
import {ExamScreen} from './screens/exam/index.js';
import {HomeScreen} from './screens/home-screen.js';
import {StatsRoute} from './screens/stats/stats-route.js';
import {StudyScreen} from './screens/study-screen.js';
import {createTheme, ThemeContext, type Theme} from './theme.js';

export type AppProps = {
	entries: readonly PackEntry[];
	store: ProgressStore;
	/** The FSRS scheduler the store uses, for showing when an answered question comes back. */
	scheduler: Scheduler;
	settings: LearnerSettings;
	/** Exam history and the unfinished exam, for exams and stats started from the home screen. */
	examStore: ExamStore;
	/** Reads an article and makes a pack of it, for "Quiz me on an article". */
	articleQuiz: ArticleQuiz;
	/** Messages to show on the home screen, e.g. a progress file that was moved aside. */
	notices?: readonly string[];
	/** Open this pack's study session straight away. */
	initialPackId?: string;
	/** Open a study session over everything due across the packs straight away. */
	initialStudyAll?: boolean;
	seed: number;
	now?: () => number;
	theme?: Theme;
};

/** Study and exam screens work on one pack, or (packId undefined) on every pack. */
type Screen =
	| {name: 'home'}
	| {name: 'study' | 'exam'; packId: string | undefined; session: number}
	| {name: 'facts'; packId: string}
	| {name: 'article'}
	| {name: 'stats'};

export function App({entries, store, scheduler, settings, examStore, articleQuiz, notices = [], initialPackId, initialStudyAll = false, seed, now = Date.now, theme}: AppProps) {
	const [screen, setScreen] = useState<Screen>(
		initialPackId !== undefined || initialStudyAll ? {name: 'study', packId: initialPackId, session: 0} : {name: 'home'},
	);
	const {exit} = useApp();
	// Packs made from articles join the ones loaded at the start.
	const [library, setLibrary] = useState(entries);
	// Each new session gets its own seed, so a replayed pack is shuffled afresh.
	const [sessionCount, setSessionCount] = useState(0);
	// Re-read after every return home so the counts include the session just played.
	const progressFor = (packId: string) => store.read(packId);
	const home = () => setScreen({name: 'home'});
	const begin = (name: 'study' | 'exam', packId: string | undefined) => {
		setSessionCount(sessionCount + 1);
		setScreen({name, packId, session: sessionCount + 1});
	};
	const study = (packId: string | undefined) => begin('study', packId);
	const everyPack = loadedPacks(library);
	const shown = (screen.name === 'study' || screen.name === 'facts') && screen.packId !== undefined ? playablePack(library, screen.packId) : undefined;
	const studied: Pack[] | undefined = screen.name === 'study' ? (screen.packId === undefined ? everyPack : shown ? [shown] : undefined) : undefined;

	const content = () => {
		if (screen.name === 'study' && studied) {
			const title = shown ? shown.title : `Everything due across ${plural(everyPack.length, 'pack')}`;
			return (
				<StudyScreen
					key={screen.session}
					packs={studied}
					title={title}
					store={store}
					scheduler={scheduler}
					settings={settings}
					seed={seed + screen.session}
					now={now}
					onHome={home}
				/>
			);
		}
		if (screen.name === 'exam') {
			const packs = screen.packId === undefined ? everyPack : everyPack.filter(pack => pack.id === screen.packId);
			return (
				<ExamScreen
					key={screen.session}
					packs={packs}
					library={everyPack}
					// The pack's own exam defaults (count, time, pass mark); every question, answers not counted for review.
					options={{...resolveExamOptions({}, packs[0]), tags: [], countForReview: false}}
					resume={examStore.inProgress()}
					examStore={examStore}
					progressStore={store}
					now={now}
					seed={seed + screen.session}
					onHome={home}
					onExit={exit}
				/>
			);
		}
		if (screen.name === 'stats') {
			return <StatsRoute packs={everyPack} store={store} exams={() => examStore.history()} settings={settings} now={now} onBack={home} />;
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
				settings={settings}
				now={now}
				notices={notices}
				onStudy={study}
				onStudyAll={() => study(undefined)}
				onFacts={packId => setScreen({name: 'facts', packId})}
				onArticle={() => setScreen({name: 'article'})}
				onExam={packId => begin('exam', packId)}
				onStats={() => setScreen({name: 'stats'})}
			/>
		);
	};

	return (
		<ThemeContext.Provider value={theme ?? createTheme()}>
			<ErrorBoundary>{content()}</ErrorBoundary>
		</ThemeContext.Provider>
	);
}
