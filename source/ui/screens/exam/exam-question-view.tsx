import {Box, Text} from 'ink';
import {formatClock} from '../../../core/exam/duration.js';
import {answeredCount, flaggedCount, remainingMs, unansweredCount, type ExamState} from '../../../core/exam/exam-state.js';
import type {Response} from '../../../core/questions/response.js';
import {toSingleLine} from '../../../core/text/sanitize.js';
import {Footer, footerHeight} from '../../components/footer.js';
import {inputHint, QuestionInput, questionTakesText} from '../../components/questions/index.js';
import {StyledLines} from '../../components/styled-lines.js';
import {bindings} from '../../keys.js';
import {clampLines, wrapText, type Line} from '../../layout/wrap.js';
import {useTheme} from '../../theme.js';
import {unbrokenHints} from './notices.js';
import {navigatorLine, navigatorSymbols} from './exam-navigator.js';

type Props = {
	state: ExamState;
	columns: number;
	rows: number;
	compact: boolean;
	/** A line shown above the question until the learner acts, such as "only 3 questions match". */
	notice: string | undefined;
	onAnswer: (response: Response) => void;
};

/** Under a minute left, the countdown turns to the warning colour. */
const warningMs = 60_000;

/** Header with position, flags and countdown; the navigator strip; the question; the keys, or the submit question. */
export function ExamQuestionView({state, columns, rows, compact, notice, onAnswer}: Props) {
	const theme = useTheme();
	const width = columns - (compact ? 0 : 2);
	const item = state.items[state.index];
	const answer = state.answers[state.index];
	const typing = item !== undefined && questionTakesText(item.question);
	const confirming = state.phase === 'confirm-submit';
	const left = remainingMs(state);
	const position = `${state.index + 1}/${state.items.length}`;
	const flagged = flaggedCount(state);
	const clock = `${formatClock(left)} left`;

	const header: Line = compact
		? [{text: position, style: {bold: true}}, {text: ` ${navigatorSymbols.flagged}${flagged} `}, {text: clock, style: {color: left < warningMs ? theme.warning : undefined, bold: left < warningMs}}]
		: [
				{text: `Question ${position}`, style: {bold: true}},
				{text: ` · ${navigatorSymbols.flagged} ${flagged} flagged · `, style: {color: theme.muted}},
				{text: clock, style: {bold: true, color: left < warningMs ? theme.warning : undefined}},
			];
	const strip = navigatorLine(state, width, {current: {bold: true, color: theme.accent}, flagged: {color: theme.warning}, muted: {color: theme.muted}});
	const status = [
		...(state.flags[state.index] ? [`${navigatorSymbols.flagged} flagged`] : []),
		answer ? `answered: ${toSingleLine(answer.grade.given)}${compact ? '' : ' (answer again to change it)'}` : 'not answered yet',
	].join(' · ');
	const allAnswered = answeredCount(state) === state.items.length;
	const statusLines: Line[] = [
		// In a small window a long notice would push the options off: it keeps two lines, its first words the ones to act on.
		...(notice ? clampLines(wrapText(notice, width, {color: theme.warning}), compact ? 2 : Number.POSITIVE_INFINITY, width) : []),
		...wrapText(allAnswered ? `${status} · all answered: ${bindings.submitExam.label}` : status, width, {color: theme.muted}),
	];

	const unanswered = unansweredCount(state);
	const hints = confirming
		? [`${unanswered} unanswered — submit anyway? y/n`]
		: [
				...(item ? [inputHint(item.question, {compact})] : []),
				(typing ? bindings.nextQuestionWhileTyping : bindings.nextQuestion).label,
				(typing ? bindings.previousQuestionWhileTyping : bindings.previousQuestion).label,
				bindings.flag.label,
				bindings.submitExam.label,
				bindings.leaveExam.label,
			];
	const chrome = 2 + (compact ? 0 : 1) + statusLines.length + footerHeight(unbrokenHints(hints), width, compact);
	const height = Math.max(1, rows - chrome);

	return (
		<Box flexDirection="column" width={columns} paddingX={compact ? 0 : 1}>
			<StyledLines lines={[header, strip]} />
			<Box flexDirection="column" marginTop={compact ? 0 : 1}>
				<StyledLines lines={statusLines} />
			</Box>
			{item ? (
				<QuestionInput
					key={`${state.id}:${state.index}:${answer?.at ?? 'new'}`}
					question={item.question}
					seed={state.seed}
					isActive={!confirming}
					width={width}
					height={height}
					compact={compact}
					onSubmit={onAnswer}
				/>
			) : null}
			{confirming ? (
				<Box marginTop={compact ? 0 : 1} width={width}>
					<Text bold color={theme.warning} wrap="wrap">
						{hints[0]}
					</Text>
				</Box>
			) : (
				<Footer width={width} compact={compact} hints={unbrokenHints(hints)} />
			)}
		</Box>
	);
}
