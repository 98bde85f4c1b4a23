import {Box, Text, useApp, useInput} from 'ink';
import {useReducer, useState} from 'react';
import type {Pack} from '../../core/pack/schema.js';
import type {ProgressStore} from '../../core/progress/progress.js';
import {gradeResponse} from '../../core/questions/grade.js';
import type {Response} from '../../core/questions/response.js';
import {currentQuestion, lastAnswer, sessionReducer, startSession, summarize} from '../../core/session/session.js';
import {toSingleLine} from '../../core/text/sanitize.js';
import {Footer} from '../components/footer.js';
import {inputHint, QuestionInput, questionTakesText} from '../components/questions/index.js';
import {compactRows, useTerminalSize} from '../hooks/use-terminal-size.js';
import {bindings} from '../keys.js';
import {useTheme} from '../theme.js';
import {FeedbackView} from './feedback-view.js';
import {SummaryView} from './summary-view.js';

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
	const [saveError, setSaveError] = useState<string | undefined>();
	const question = currentQuestion(state);
	const answer = lastAnswer(state);
	const typing = state.phase === 'question' && question !== undefined && questionTakesText(question);

	const submit = (response: Response) => {
		if (!question) return;
		const grade = gradeResponse(question, response);
		dispatch({type: 'answer', response, grade, at: now()});
		setSaveError(undefined);
		store.record(pack.id, question.id, grade.correct, new Date(now())).catch((error: unknown) => {
			setSaveError(error instanceof Error ? error.message : String(error));
		});
	};

	useInput((input, key) => {
		if (state.phase === 'summary') {
			if (bindings.quit.matches(input, key)) exit();
			else if (bindings.home.matches(input, key)) onHome();
			else if (bindings.retry.matches(input, key)) dispatch({type: 'retry-missed', at: now()});
			return;
		}
		const quit = typing ? bindings.quitWhileTyping : bindings.quit;
		if (quit.matches(input, key)) dispatch({type: 'stop', at: now()});
		else if (state.phase === 'feedback' && bindings.next.matches(input, key)) dispatch({type: 'next', at: now()});
	});

	const width = columns - (compact ? 0 : 2);
	const correctSoFar = state.answers.filter(given => given.grade.correct).length;
	const wrongSoFar = state.answers.length - correctSoFar;
	const position = `${compact ? '' : 'Question '}${Math.min(state.index + 1, state.questions.length)}/${state.questions.length}`;

	if (state.phase === 'summary') {
		const summary = summarize(state);
		return (
			<Box flexDirection="column" width={columns} paddingX={compact ? 0 : 1}>
				<Text bold wrap="truncate-end">
					{toSingleLine(pack.title)}
				</Text>
				<SummaryView summary={summary} stoppedEarly={state.stoppedEarly} maxMissed={Math.max(1, Math.floor((rows - 9) / 2))} />
				<Footer
					width={width}
					hints={[...(summary.missed.length > 0 ? [bindings.retry.label] : []), bindings.home.label, bindings.quit.label]}
				/>
			</Box>
		);
	}

	return (
		<Box flexDirection="column" width={columns} paddingX={compact ? 0 : 1}>
			<Text wrap="truncate-end">
				<Text bold>{position}</Text>
				<Text color={theme.muted}>
					{'  '}
					{theme.symbols.right} {correctSoFar} {theme.symbols.wrong} {wrongSoFar}
					{compact ? '' : `  ${toSingleLine(pack.title)}`}
				</Text>
			</Text>
			<Box flexDirection="column" marginTop={compact ? 0 : 1}>
				{state.phase === 'question' && question ? (
					<QuestionInput key={`${state.seed}:${question.id}`} question={question} seed={state.seed} isActive width={width} onSubmit={submit} />
				) : null}
				{state.phase === 'feedback' && question && answer ? (
					<FeedbackView pack={pack} question={question} grade={answer.grade} compact={compact} saveError={saveError} />
				) : null}
			</Box>
			<Footer
				width={width}
				hints={
					state.phase === 'question' && question
						? [inputHint(question), (typing ? bindings.quitWhileTyping : bindings.quit).label]
						: [bindings.next.label, bindings.quit.label]
				}
			/>
		</Box>
	);
}
