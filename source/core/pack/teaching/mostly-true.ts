import type {Pack} from '../schema.js';
import type {PackProblem} from './problem.js';

/**
 * With four or more true/false questions, at least 75 % of them true: a
 * learner who always answers "true" passes without knowing anything.
 */
export function mostlyTrue(pack: Pack): PackProblem[] {
	const trueFalse = pack.questions.flatMap((question, index) => (question.type === 'truefalse' ? [{answer: question.answer, index}] : []));
	const trueCount = trueFalse.filter(question => question.answer).length;
	const [first] = trueFalse;
	if (!first || trueFalse.length < 4 || trueCount < 0.75 * trueFalse.length) return [];
	const share = Math.round((100 * trueCount) / trueFalse.length);
	return [
		{
			rule: 'mostly-true',
			path: ['questions', first.index, 'answer'],
			message: `${trueCount} of ${trueFalse.length} true/false questions are true: always answering “true” scores ${share} %; make some statements false`,
		},
	];
}
