import type {Question, Source} from '../../core/pack/schema.js';
import {toSingleLine} from '../../core/text/sanitize.js';
import {answerLines, describeSource} from '../generate/review-card.js';

/**
 * A question as it will be written, for the teacher to look over before
 * going on: the right answers marked by ✔ and the word "answer", never by
 * colour alone. Pack text is put on one line with control sequences removed.
 */
export function questionCard(question: Question, number: number, sources: readonly Source[]): string {
	const lines = ['', `── question ${number} · ${question.type} · id ${clean(question.id)}`, clean(question.prompt), '', ...answerLines(question)];
	if (question.explanation) lines.push(`Explanation: ${clean(question.explanation)}`);
	if (question.evidence) {
		const source = sources.find(candidate => candidate.id === question.evidence?.source);
		lines.push(`Evidence: “${clean(question.evidence.text)}”`, `Source: ${source ? describeSource(source) : clean(question.evidence.source)}`);
	}
	if (question.tags && question.tags.length > 0) lines.push(`Tags: ${question.tags.map(clean).join(', ')}`);
	return `${lines.join('\n')}\n\n`;
}

function clean(text: string): string {
	return toSingleLine(text);
}
