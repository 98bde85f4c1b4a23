import {formatClock} from '../../../core/exam/duration.js';
import type {ExamAttempt} from '../../../core/exam/exam-attempt.js';
import {expectedAnswer, topicBreakdown} from '../../../core/exam/exam-result.js';
import type {ExamState} from '../../../core/exam/exam-state.js';
import type {Pack} from '../../../core/pack/schema.js';
import {toSingleLine} from '../../../core/text/sanitize.js';
import {describeSource, findSource, percent, questionLine} from '../../format.js';
import {textWidth} from '../../layout/text-width.js';
import {clampLines, wrapSpans, type Line, type Span} from '../../layout/wrap.js';
import type {Theme} from '../../theme.js';

/** Pass or not, score against the pass mark, counts and time: the rows that stay on top. */
export function verdictLines(attempt: ExamAttempt, theme: Theme, width: number): Line[] {
	const verdict: Span = attempt.passed
		? {text: `${theme.symbols.right} Passed`, style: {bold: true, color: theme.good}}
		: {text: `${theme.symbols.wrong} Not passed`, style: {bold: true, color: theme.bad}};
	const right = attempt.answers.filter(answer => answer.correct).length;
	const unanswered = attempt.answers.filter(answer => answer.correct === undefined).length;
	const wrong = attempt.answers.length - right - unanswered;
	const limit = attempt.timeLimitMs === undefined ? '' : ` of ${formatClock(attempt.timeLimitMs)}`;
	const ending = attempt.ending === 'time-up' ? ' (time ran out)' : '';
	return [
		...wrapSpans([verdict, {text: ` ${attempt.score} % (pass mark ${attempt.passMark} %)`, style: {bold: true}}], width),
		...wrapSpans([{text: `${right}/${attempt.answers.length} right · ${wrong} wrong · ${unanswered} unanswered`}], width),
		...wrapSpans([{text: `Time used ${formatClock(attempt.timeUsedMs)}${limit}${ending}`, style: {color: theme.muted}}], width),
	];
}

/** Topic names are cut to leave room for "12/30  40 %". */
export function topicLines(state: ExamState, theme: Theme, width: number): Line[] {
	const scores = topicBreakdown(state);
	const numbers = scores.map(score => `${score.right}/${score.total}`);
	const numberWidth = Math.max(...numbers.map(text => text.length), 3);
	const nameWidth = Math.max(4, Math.min(Math.max(...scores.map(score => textWidth(toSingleLine(score.topic)))), width - numberWidth - 7));
	const rows = scores.map((score, index) => {
		const name = clampLines(wrapSpans([{text: toSingleLine(score.topic)}], nameWidth), 1, nameWidth)[0] ?? [];
		const padding = ' '.repeat(Math.max(0, nameWidth - textWidth(name.map(piece => piece.text).join(''))));
		const share = percent(score.right, score.total).replace('%', ' %').padStart(5);
		return [...name, {text: `${padding} ${numbers[index]!.padStart(numberWidth)} ${share}`}];
	});
	return [[{text: 'By topic', style: {bold: true}}], ...rows];
}

/** Every question with ✔/✘ and a word, what was given, the right answer and the evidence for it. */
export function reviewLines(state: ExamState, packs: readonly Pack[], theme: Theme, width: number): Line[] {
	const muted = {color: theme.muted};
	const indent = 2;
	const lines: Line[] = [[{text: 'Review', style: {bold: true}}]];
	for (const [index, item] of state.items.entries()) {
		const answer = state.answers[index];
		const verdict: Span = answer
			? answer.grade.correct
				? {text: `${theme.symbols.right} Right`, style: {color: theme.good, bold: true}}
				: {text: `${theme.symbols.wrong} Wrong`, style: {color: theme.bad, bold: true}}
			: {text: `${theme.symbols.wrong} Unanswered`, style: {color: theme.bad, bold: true}};
		const flag = state.flags[index] ? [{text: ' ⚑', style: muted}] : [];
		lines.push(...wrapSpans([{text: `${index + 1}. `}, verdict, ...flag, {text: ` ${questionLine(item.question)}`}], width));
		const inner = (spans: Span[]) => wrapSpans(spans, width - indent).map(line => [{text: ' '.repeat(indent)}, ...line]);
		if (answer && !answer.grade.correct) lines.push(...inner([{text: 'You said: ', style: muted}, {text: toSingleLine(answer.grade.given)}]));
		const expected = answer?.grade.expected ?? expectedAnswer(item.question);
		lines.push(...inner([{text: 'Answer: ', style: muted}, {text: toSingleLine(expected), style: {bold: true}}]));
		const evidence = item.question.evidence;
		if (evidence) {
			lines.push(...inner([{text: `“${toSingleLine(evidence.text)}”`, style: {italic: true}}]));
			const pack = packs.find(candidate => candidate.id === item.packId);
			const source = pack ? findSource(pack, evidence.source) : undefined;
			lines.push(...inner([{text: `Source: ${source ? describeSource(source) : toSingleLine(evidence.source)}`, style: muted}]));
		}
	}
	return lines;
}

