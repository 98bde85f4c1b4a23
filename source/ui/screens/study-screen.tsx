import {Box, Text, useApp} from 'ink';
import {useLayoutEffect, useReducer, useRef, useState} from 'react';
import type {Pack} from '../../core/pack/schema.js';
import type {ProgressStore} from '../../core/progress/progress.js';
import {gradeResponse} from '../../core/questions/grade.js';
import type {Response} from '../../core/questions/response.js';
import {currentQuestion, lastAnswer, sessionReducer, startSession, summarize} from '../../core/session/session.js';
import {toSingleLine} from '../../core/text/sanitize.js';
import {Footer, footerHeight} from '../components/footer.js';
import {inputHint, QuestionInput, questionTakesText} from '../components/questions/index.js';
import {compactRows, useTerminalSize} from '../hooks/use-terminal-size.js';
import {bindings} from '../keys.js';
import {useTheme} from '../theme.js';
import {FeedbackView} from './feedback-view.js';
import {SummaryView} from './summary-view.js';
import {useKeys} from '../hooks/use-keys.js';

type Props = {
	pack: Pack;
	store: ProgressStore;
	seed: number;
	now: () => number;
	onHome: () => void;
};

/** A study session: question → feedback → … → summary. Each answer is saved as it is given. */
export function StudyScreen({pack, store, seed, now, onHome}: Props) {
	const theme = useTheme();
	const {exit} = useApp();
	const {columns, rows} = useTerminalSize();
	const compact = rows < compactRows;
	const [state, dispatch] = useReducer(sessionReducer, undefined, () => startSession(pack, {seed, at: now()}));
	// Which answer a failed write was for (a retry round has a new seed): a
	// late failure must not show under a later answer.
	const [saveError, setSaveError] = useState<{answer: string; message: string} | undefined>();
	const question = currentQuestion(state);
	const answer = lastAnswer(state);
	const typing = state.phase === 'question' && question !== undefined && questionTakesText(question);

	const submit = (response: Response) => {
		if (!question) return;
		const grade = gradeResponse(question, response);
		const answerKey = `${state.seed}:${state.answers.length}`;
		dispatch({type: 'answer', response, grade, at: now()});
		store.record(pack.id, question.id, grade.correct, new Date(now())).catch((error: unknown) => {
			setSaveError({answer: answerKey, message: error instanceof Error ? error.message : String(error)});
		});
	};

	// ink re-attaches the key handler only after a render's effects run, so a
	// key right behind another (Enter, then "q" typed into the next, short
	// question) would meet a stale phase; layout effects run during the render.
	const latest = useRef({phase: state.phase, typing});
	useLayoutEffect(() => {
		latest.current = {phase: state.phase, typing};
	});

	useKeys((input, key) => {
		const current = latest.current;
		if (current.phase === 'summary') {
			if (bindings.quit.matches(input, key)) exit();
			else if (bindings.home.matches(input, key)) onHome();
			else if (bindings.retry.matches(input, key)) dispatch({type: 'retry-missed', at: now()});
			return;
		}
		const quit = current.typing ? bindings.quitWhileTyping : bindings.quit;
		if (quit.matches(input, key)) dispatch({type: 'stop', at: now()});
		else if (current.phase === 'feedback' && bindings.next.matches(input, key)) dispatch({type: 'next', at: now()});
	});

	const width = columns - (compact ? 0 : 2);
	const correctSoFar = state.answers.filter(given => given.grade.correct).length;
	const wrongSoFar = state.answers.length - correctSoFar;
	const position = `${Math.min(state.index + 1, state.questions.length)}/${state.questions.length}`;

	if (state.phase === 'summary') {
		const summary = summarize(state);
		const hints = [...(summary.missed.length > 0 ? [bindings.retry.label] : []), bindings.home.label, bindings.quit.label];
		return (
			<Box flexDirection="column" width={columns} paddingX={compact ? 0 : 1}>
				<Text bold wrap="truncate-end">
					{toSingleLine(pack.title)}
				</Text>
				<SummaryView
					summary={summary}
					stoppedEarly={state.stoppedEarly}
					width={width}
					height={rows - 1 - footerHeight(hints, width, compact)}
				/>
				<Footer width={width} compact={compact} hints={hints} />
			</Box>
		);
	}

	const hints =
		state.phase === 'question' && question
			? [inputHint(question, {compact}), (typing ? bindings.quitWhileTyping : bindings.quit).label]
			: [bindings.next.label, bindings.quit.label];
	// A small screen has no header: the position leads the first line instead.
	const lead = compact ? position : undefined;
	const height = rows - (compact ? 0 : 2) - footerHeight(hints, width, compact);

	return (
		<Box flexDirection="column" width={columns} paddingX={compact ? 0 : 1}>
			{compact ? null : (
				<Box marginBottom={1}>
					<Text wrap="truncate-end">
						<Text bold>Question {position}</Text>
						<Text color={theme.muted}>
							{'  '}
							{theme.symbols.right} {correctSoFar} {theme.symbols.wrong} {wrongSoFar}
							{`  ${toSingleLine(pack.title)}`}
						</Text>
					</Text>
				</Box>
			)}
			{state.phase === 'question' && question ? (
				<QuestionInput
					key={`${state.seed}:${question.id}`}
					question={question}
					seed={state.seed}
					isActive
					width={width}
					height={height}
					compact={compact}
					lead={lead}
					onSubmit={submit}
				/>
			) : null}
			{state.phase === 'feedback' && question && answer ? (
				<FeedbackView
					pack={pack}
					question={question}
					grade={answer.grade}
					saveError={saveError?.answer === `${state.seed}:${state.answers.length - 1}` ? saveError.message : undefined}
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
