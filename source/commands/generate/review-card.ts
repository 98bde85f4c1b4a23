import {fillGaps, parseCloze} from '../../core/pack/cloze.js';
import type {Question, Source} from '../../core/pack/schema.js';
import type {GeneratedQuestion} from '../../core/generate/types.js';
import {toSingleLine} from '../../core/text/sanitize.js';

/**
 * One generated question as the teacher reviews it: its place and kind, the
 * prompt, the answer marked by ✔ and the word "answer" (never by colour
 * alone), the explanation, and the sentence and article it rests on. All
 * article text is stripped of terminal control sequences first.
 */
export function formatReviewCard(item: GeneratedQuestion, position: {index: number; total: number}, sources: readonly Source[], edited = false): string {
	const {question} = item;
	const lines = [
		'',
		`── ${position.index + 1}/${position.total} · ${item.kind}${edited ? ' · edited' : ''} · id ${clean(question.id)}`,
		clean(question.prompt),
		'',
		...answerLines(question),
	];
	if (question.explanation) lines.push('', `Explanation: ${clean(question.explanation)}`);
	if (question.evidence) {
		lines.push(`Evidence: “${clean(question.evidence.text)}”`);
		const source = sources.find(candidate => candidate.id === question.evidence?.source);
		lines.push(`Source: ${source ? describeSource(source) : clean(question.evidence.source)}`);
	}
	return `${lines.join('\n')}\n`;
}

/** The answer part of a card: every option with the right ones marked, or the answer, gaps, order or pairs. */
export function answerLines(question: Question): string[] {
	switch (question.type) {
		case 'choice':
			return question.options.map(option => optionLine(option, option === question.answer));
		case 'multi':
			return question.options.map(option => optionLine(option, question.answers.includes(option)));
		case 'truefalse':
			return [`Answer: ${question.answer ? 'true' : 'false'}`];
		case 'cloze': {
			const segments = parseCloze(question.text);
			return [`Text: ${clean(fillGaps(segments, (_index, accepted) => `[${accepted.join(' / ')}]`))}`, '(the answer in each [gap]; alternatives after "/")'];
		}
		case 'short': {
			const tolerance = question.tolerance === undefined ? '' : ` ± ${question.tolerance}`;
			return [`Answer: ${clean(question.answer)}${tolerance}`, ...(question.accept.length > 0 ? [`Also accepted: ${question.accept.map(clean).join('; ')}`] : [])];
		}
		case 'order':
			return ['Right order:', ...question.items.map((item, index) => `  ${index + 1}. ${clean(item)}`)];
		case 'match':
			return ['Pairs:', ...question.pairs.map(pair => `  ${clean(pair.left)} → ${clean(pair.right)}`)];
	}
}

function optionLine(option: string, right: boolean): string {
	return right ? `  ✔ ${clean(option)}   (answer)` : `    ${clean(option)}`;
}

export function describeSource(source: Source): string {
	const where = [source.outlet, source.published].filter(part => part !== undefined).map(clean).join(', ');
	return where === '' ? clean(source.title) : `${where} — ${clean(source.title)}`;
}

/** Article text on one line, with nothing a terminal would act on (toSingleLine strips control sequences). */
function clean(text: string): string {
	return toSingleLine(text);
}
