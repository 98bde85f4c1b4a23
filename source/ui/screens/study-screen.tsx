import {Box, Text, useApp} from 'ink';
import {useLayoutEffect, useRef, useState} from 'react';
import type {Pack, Question} from '../../core/pack/schema.js';
import type {ProgressStore, Scheduler} from '../../core/progress/progress.js';
import {learnAheadMs, studyQueue} from '../../core/schedule/study-queue.js';
import {limitsFor, type LearnerSettings} from '../../core/schedule/settings.js';
import type {Rating} from '../../core/schedule/card.js';
import {questionHint} from '../../core/session/hint.js';
import {currentItem, lastAnswer, remaining, summarize} from '../../core/session/session.js';
import {toSingleLine} from '../../core/text/sanitize.js';
import {Footer, footerHeight} from '../components/footer.js';
import {StyledLines} from '../components/styled-lines.js';
import {inputHint, QuestionInput, questionTakesText} from '../components/questions/index.js';
import {useKeys} from '../hooks/use-keys.js';
import {compactRows, useTerminalSize} from '../hooks/use-terminal-size.js';
import {bindings} from '../keys.js';
import {clampLines, wrapText} from '../layout/wrap.js';
import {useTheme} from '../theme.js';
import {FeedbackView} from './feedback-view.js';
import {outlookLine, studyOutlook} from './study-outlook.js';
import {SummaryView} from './summary-view.js';
import {useStudySession} from './use-study-session.js';

type Props = {
	/** One pack, or every pack for "study everything due". */
	packs: readonly Pack[];
	/** Shown over the summary: the pack's title, or what was studied. */
	title: string;
	store: ProgressStore;
	scheduler: Scheduler;
	settings: LearnerSettings;
	seed: number;
	now: () => number;
	onHome: () => void;
};

const ratingKeys: Record<string, Rating> = {1: 'again', 2: 'hard', 3: 'good', 4: 'easy'};

/**
 * A study session over what is due (then new) in the packs: question →
 * feedback → … → summary. Each answer is saved as it is given; a regrade or
 * an undo changes the saved review.
 */
export function StudyScreen({packs, title, store, scheduler, settings, seed, now, onHome}: Props) {
	const theme = useTheme();
	const {exit} = useApp();
	const {columns, rows} = useTerminalSize();
	const compact = rows < compactRows;
	const session = useStudySession({
		items: () => studyQueue(packs.map(pack => ({pack, progress: store.read(pack.id), limits: limitsFor(settings, pack)})), now()),
		store,
		scheduler,
		seed,
		learnAheadMs,
		now,
	});
	const {state} = session;
	const item = currentItem(state);
	const pack = item ? packs.find(candidate => candidate.id === item.packId) : undefined;
	const answer = lastAnswer(state);
	const hintFor = (shown: {packId: string; question: Question}) =>
		questionHint(shown.question, packs.find(candidate => candidate.id === shown.packId)?.sources ?? [], state.seed);
	// Which question (by the answer it will be) the learner asked a hint for and there was none.
	const [noHint, setNoHint] = useState<number | undefined>();

	// Phases as last drawn: a key that answered a question must not also act
	// on the feedback it led to ("1" chose an option; it is not a regrade).
	const committed = useRef(state);
	useLayoutEffect(() => {
		committed.current = state;
	});

	useKeys((input, key) => {
		const current = committed.current;
		const shown = currentItem(current);
		const typing = current.phase === 'question' && shown !== undefined && questionTakesText(shown.question);
		const canUndo = session.latest().answers.length > 0;
		if (current.phase === 'summary') {
			if (bindings.quit.matches(input, key)) exit();
			else if (bindings.home.matches(input, key)) onHome();
			else if (bindings.retry.matches(input, key)) session.retry();
			else if (canUndo && bindings.undo.matches(input, key)) session.undo();
			return;
		}
		const quit = typing ? bindings.quitWhileTyping : bindings.quit;
		if (quit.matches(input, key)) session.stop();
		else if (canUndo && (typing ? bindings.undoWhileTyping : bindings.undo).matches(input, key)) session.undo();
		else if (current.phase === 'question' && shown && bindings.hint.matches(input, key)) {
			// Asking costs nothing where there is no hint: the answer is not marked as hinted.
			if (hintFor(shown)) session.hint();
			else setNoHint(current.nextAnswerId);
		}
		else if (current.phase === 'feedback' && bindings.next.matches(input, key)) session.next();
		else if (current.phase === 'feedback' && bindings.rate.matches(input, key)) session.override(ratingKeys[input]!);
	});

	const width = columns - (compact ? 0 : 2);

	if (state.phase === 'summary') {
		const summary = summarize(state);
		const outlook = outlookLine(studyOutlook(packs, store, settings, state.answers, now()), now());
		const hints = fitHints(
			[
				...(summary.missed.length > 0 ? [bindings.retry.label] : []),
				...(summary.answered > 0 ? [bindings.undo.label] : []),
				bindings.home.label,
				bindings.quit.label,
			],
			[bindings.undo.label],
			width,
			compact,
		);
		const nothingDone = summary.answered === 0 && !state.stoppedEarly;
		return (
			<Box flexDirection="column" width={columns} paddingX={compact ? 0 : 1}>
				<Text bold wrap="truncate-end">
					{toSingleLine(title)}
				</Text>
				{nothingDone ? (
					<Box flexDirection="column" marginTop={compact ? 0 : 1}>
						<StyledLines lines={wrapText(outlook, width)} />
					</Box>
				) : (
					<SummaryView
						summary={summary}
						stoppedEarly={state.stoppedEarly}
						outlook={outlook}
						width={width}
						height={rows - 1 - footerHeight(hints, width, compact)}
					/>
				)}
				<Footer width={width} compact={compact} hints={hints} />
			</Box>
		);
	}

	const typing = state.phase === 'question' && item !== undefined && questionTakesText(item.question);
	const quitLabel = (typing ? bindings.quitWhileTyping : bindings.quit).label;
	const undoLabel = (typing ? bindings.undoWhileTyping : bindings.undo).label;
	const hints =
		state.phase === 'question' && item
			? fitHints([inputHint(item.question, {compact}), bindings.hint.label, ...(answer ? [undoLabel] : []), quitLabel], [bindings.hint.label, undoLabel], width, compact)
			: [bindings.next.label, compact ? '1–4 grade' : bindings.rate.label, bindings.undo.label, bindings.quit.label];
	const left = remaining(state);
	const position = `${state.answers.length + (state.phase === 'question' ? 1 : 0)}/${state.answers.length + left.total}`;
	const correctSoFar = state.answers.filter(given => given.grade.correct).length;
	const hintText =
		state.phase === 'question' && item && state.hints > 0 ? hintFor(item) : noHint === state.nextAnswerId && state.phase === 'question' ? 'none for this question' : undefined;
	const hintLines = hintText ? clampLines(wrapText(`Hint: ${toSingleLine(hintText)}`, width, {color: theme.accent}), 2, width) : [];
	// A small screen has no header: the position leads the first line instead.
	const lead = compact ? position : undefined;
	const height = rows - (compact ? 0 : 2) - hintLines.length - footerHeight(hints, width, compact);

	return (
		<Box flexDirection="column" width={columns} paddingX={compact ? 0 : 1}>
			{compact ? null : (
				<Box marginBottom={1}>
					<Text wrap="truncate-end">
						<Text bold>Question {position}</Text>
						<Text color={theme.muted}>
							{'  '}
							{theme.symbols.right} {correctSoFar} {theme.symbols.wrong} {state.answers.length - correctSoFar}
							{`  ${left.due} due · ${left.new} new left  ${toSingleLine(pack?.title ?? title)}`}
						</Text>
					</Text>
				</Box>
			)}
			<StyledLines lines={hintLines} />
			{state.phase === 'question' && item ? (
				<QuestionInput
					key={`${state.seed}:${state.nextAnswerId}:${item.question.id}`}
					question={item.question}
					seed={state.seed}
					isActive
					width={width}
					height={height}
					compact={compact}
					lead={lead}
					onSubmit={session.submit}
				/>
			) : null}
			{state.phase === 'feedback' && item && pack && answer ? (
				<FeedbackView
					pack={pack}
					question={item.question}
					grade={answer.grade}
					schedule={{rating: answer.rating, nextInMs: answer.next.card.due - answer.at}}
					saveError={session.saveError}
					width={width}
					height={height}
					compact={compact}
					lead={lead}
				/>
			) : null}
			<Footer width={width} compact={compact} hints={hints} />
		</Box>
	);
}

/** On a small screen the extra keys (hint, undo) are left out of the footer when they would wrap it; they still work. */
function fitHints(hints: string[], extras: readonly string[], width: number, compact: boolean): string[] {
	if (!compact) return hints;
	const essential = hints.filter(hint => !extras.includes(hint));
	return footerHeight(hints, width, compact) > footerHeight(essential, width, compact) ? essential : hints;
}
