import {fillGaps, parseCloze} from '../pack/cloze.js';
import type {
	ChoiceQuestion,
	ClozeQuestion,
	MatchQuestion,
	MultiQuestion,
	OrderQuestion,
	Question,
	ShortQuestion,
	TrueFalseQuestion,
} from '../pack/schema.js';
import type {Grade, Response} from './response.js';
import {matchesTypedAnswer} from './typed-answer.js';

export {matchesTypedAnswer, typoAllowance} from './typed-answer.js';
export type {TypedMatch} from './typed-answer.js';

/** Shown as `given` when the learner left the answer blank. */
export const noAnswer = '(no answer)';

/**
 * Grades one response. A response of another type than the question (a UI
 * bug, not a learner's mistake) is graded wrong rather than thrown.
 */
export function gradeResponse(question: Question, response: Response): Grade {
	switch (question.type) {
		case 'choice':
			return gradeChoice(question, response.type === 'choice' ? response : undefined);
		case 'multi':
			return gradeMulti(question, response.type === 'multi' ? response : undefined);
		case 'truefalse':
			return gradeTrueFalse(question, response.type === 'truefalse' ? response : undefined);
		case 'cloze':
			return gradeCloze(question, response.type === 'cloze' ? response : undefined);
		case 'short':
			return gradeShort(question, response.type === 'short' ? response : undefined);
		case 'order':
			return gradeOrder(question, response.type === 'order' ? response : undefined);
		case 'match':
			return gradeMatch(question, response.type === 'match' ? response : undefined);
	}
}

type ResponseOf<T extends Response['type']> = Extract<Response, {type: T}> | undefined;

function orNoAnswer(text: string): string {
	return text.trim().length > 0 ? text.trim() : noAnswer;
}

function gradeChoice(question: ChoiceQuestion, response: ResponseOf<'choice'>): Grade {
	const given = response?.choice ?? '';
	return {correct: given === question.answer, expected: question.answer, given: orNoAnswer(given)};
}

function gradeMulti(question: MultiQuestion, response: ResponseOf<'multi'>): Grade {
	const right = new Set(question.answers);
	const chosen = new Set(response?.choices ?? []);
	const correct = chosen.size === right.size && [...chosen].every(choice => right.has(choice));
	// Both lines in the options' order, so they read alike.
	const inOptionOrder = (set: Set<string>) => [
		...question.options.filter(option => set.has(option)),
		...[...set].filter(item => !question.options.includes(item)),
	];
	return {
		correct,
		expected: inOptionOrder(right).join('; '),
		given: orNoAnswer(inOptionOrder(chosen).join('; ')),
	};
}

function trueFalseLabel(value: boolean): string {
	return value ? 'True' : 'False';
}

function gradeTrueFalse(question: TrueFalseQuestion, response: ResponseOf<'truefalse'>): Grade {
	return {
		correct: response?.value === question.answer,
		expected: trueFalseLabel(question.answer),
		given: response ? trueFalseLabel(response.value) : noAnswer,
	};
}

function typoNote(spellings: string[]): string | undefined {
	return spellings.length > 0 ? `accepted; spelled ${spellings.map(spelling => `"${spelling}"`).join(', ')}` : undefined;
}

function withNote(grade: Grade, note: string | undefined): Grade {
	return grade.correct && note ? {...grade, note} : grade;
}

function gradeCloze(question: ClozeQuestion, response: ResponseOf<'cloze'>): Grade {
	const segments = parseCloze(question.text);
	const gaps = response?.gaps ?? [];
	const typos: string[] = [];
	let correct = true;
	for (const segment of segments) {
		if (segment.kind !== 'gap') continue;
		const match = matchesTypedAnswer(gaps[segment.index] ?? '', segment.accepted);
		if (!match.ok) correct = false;
		if (match.typo) typos.push(match.typo);
	}
	const fill = (gapText: (index: number, accepted: string[]) => string) => fillGaps(segments, gapText).trim();
	const anyGiven = gaps.some(gap => gap.trim().length > 0);
	return withNote(
		{
			correct,
			expected: fill((_, accepted) => accepted[0] ?? ''),
			given: anyGiven ? fill(index => orBlank(gaps[index])) : noAnswer,
		},
		typoNote(typos),
	);
}

function orBlank(text: string | undefined): string {
	return text && text.trim().length > 0 ? text.trim() : '___';
}

/** A typed number within ± tolerance of the answer; "1,5" is read as 1.5, as many keyboards write it. */
function withinTolerance(given: string, answer: string, tolerance: number): boolean {
	const parse = (text: string) => (/^\s*[-+]?(\d+([.,]\d*)?|[.,]\d+)\s*$/.test(text) ? Number(text.trim().replace(',', '.')) : Number.NaN);
	const value = parse(given);
	const target = parse(answer);
	// A hair of slack for binary fractions: 0.1 + 0.2 is within 0.3 ± 0.
	return Number.isFinite(value) && Number.isFinite(target) && Math.abs(value - target) <= tolerance + 1e-9;
}

function gradeShort(question: ShortQuestion, response: ResponseOf<'short'>): Grade {
	const given = response?.text ?? '';
	if (question.tolerance !== undefined) {
		const expected = `${question.answer} ± ${question.tolerance}`;
		return {correct: withinTolerance(given, question.answer, question.tolerance), expected, given: orNoAnswer(given)};
	}
	const match = matchesTypedAnswer(given, [question.answer, ...question.accept]);
	return withNote(
		{correct: match.ok, expected: question.answer, given: orNoAnswer(given)},
		typoNote(match.typo ? [match.typo] : []),
	);
}

function gradeOrder(question: OrderQuestion, response: ResponseOf<'order'>): Grade {
	const items = response?.items ?? [];
	const correct = items.length === question.items.length && items.every((item, index) => item === question.items[index]);
	return {correct, expected: question.items.join(' → '), given: orNoAnswer(items.join(' → '))};
}

function gradeMatch(question: MatchQuestion, response: ResponseOf<'match'>): Grade {
	const pairs = response?.pairs ?? {};
	const chosen = (left: string) => (Object.hasOwn(pairs, left) ? pairs[left] : undefined);
	const correct = question.pairs.every(pair => chosen(pair.left) === pair.right);
	const anyGiven = question.pairs.some(pair => chosen(pair.left) !== undefined);
	return {
		correct,
		expected: question.pairs.map(pair => `${pair.left} → ${pair.right}`).join('; '),
		given: anyGiven ? question.pairs.map(pair => `${pair.left} → ${chosen(pair.left) ?? '?'}`).join('; ') : noAnswer,
	};
}
