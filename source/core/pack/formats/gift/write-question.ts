import {parseCloze} from '../../cloze.js';
import type {ClozeQuestion, MultiQuestion, Question, ShortQuestion} from '../../schema.js';
import {defaultClozePrompt} from './build-typed.js';
import {escapeGift} from './escape.js';
import {writeMetadata} from './metadata.js';
import {isGiftNumber} from './parse-numeric.js';

export type Written = {gift: string} | {skipped: string};

/**
 * One question in GIFT, as Moodle's own export writes it: the id and tags
 * comment, ::id:: as the title, the text, the answer block with the
 * explanation as ####general feedback.
 */
export function writeQuestion(question: Question): Written {
	const body = answerBlock(question);
	if ('skipped' in body) return body;
	const clozePrompt = question.type === 'cloze' && question.prompt !== defaultClozePrompt ? question.prompt : undefined;
	const head = `${writeMetadata(question.id, question.tags ?? [], clozePrompt)}\n::${escapeGift(question.id)}::`;
	return {gift: `${head}${body.gift}`};
}

function answerBlock(question: Question): Written {
	const general = question.explanation === undefined ? [] : [`####${text(question.explanation)}`];
	const block = (lines: string[], open = '{') => ({gift: `${text(question.prompt)}${open}\n${[...lines, ...general].map(line => `\t${line}`).join('\n')}\n}`});
	switch (question.type) {
		case 'choice': {
			const right = question.options.indexOf(question.answer);
			if (right < 0) return {skipped: `the answer "${question.answer}" is not one of the options`};
			return block(question.options.map((option, index) => (index === right ? `=${text(option)}` : `~${weighed(option, '%0%')}`)));
		}
		case 'multi': {
			if (!question.options.some(option => question.answers.includes(option))) return {skipped: 'none of the answers is one of the options'};
			return block(multiLines(question));
		}
		case 'truefalse': {
			return {gift: `${text(question.prompt)}{${question.answer ? 'TRUE' : 'FALSE'}${general.join('')}}`};
		}
		case 'short': {
			if (question.tolerance !== undefined) return numerical(question, block);
			const answers = [question.answer, ...question.accept];
			const arrow = answers.find(answer => answer.includes('->'));
			if (arrow !== undefined) return {skipped: `the answer "${arrow}" holds "->", which GIFT reads as a matching question`};
			return block(answers.map(answer => `=${weighed(answer, '%100%')}`));
		}
		case 'match': {
			const arrow = question.pairs.find(pair => pair.left.includes('->'));
			if (arrow) return {skipped: `the left-hand item "${arrow.left}" holds "->", which GIFT uses between the two sides`};
			// Moodle reads the right-hand side as plain text, so it takes no [format] guard.
			return block(question.pairs.map(pair => `=${text(pair.left)} -> ${escapeGift(pair.right)}`));
		}
		case 'cloze': {
			return missingWord(question, general.join(''));
		}
		case 'order': {
			return {skipped: 'GIFT has no ordering questions'};
		}
	}
}

/** Weights as Moodle's multiple-answer questions take them: the right answers share 100%, the wrong ones -100%. */
function multiLines(question: MultiQuestion): string[] {
	const right = new Set(question.answers);
	const wrongCount = question.options.filter(option => !right.has(option)).length;
	const rightCount = question.options.length - wrongCount;
	return question.options.map(option => {
		const share = right.has(option) ? 100 / rightCount : -100 / wrongCount;
		return `~%${percent(share)}%${text(option)}`;
	});
}

/** 1/3 is 33.33333%, as Moodle writes and accepts it (its grades go to five decimals). */
export function percent(value: number): string {
	return String(Number(value.toFixed(5)));
}

function numerical(question: ShortQuestion, block: (lines: string[], open: string) => Written): Written {
	const values = [question.answer, ...question.accept];
	const bad = values.find(value => !isGiftNumber(value));
	if (bad !== undefined) return {skipped: `"${bad}" is not a number, and a GIFT numerical question takes only numbers`};
	const tolerance = question.tolerance === 0 ? '' : `:${question.tolerance}`;
	if (values.length === 1) {
		const general = question.explanation === undefined ? '' : `####${text(question.explanation)}`;
		return {gift: `${text(question.prompt)}{#${question.answer}${tolerance}${general}}`};
	}
	return block(values.map(value => `=${value}${tolerance}`), '{#');
}

/** A one-gap cloze as a missing-word short answer: "The charter was sealed in {=1215} at Runnymede." */
function missingWord(question: ClozeQuestion, general: string): Written {
	const segments = parseCloze(question.text);
	const gaps = segments.flatMap(segment => (segment.kind === 'gap' ? [segment] : []));
	const [gap] = gaps;
	if (!gap || gaps.length > 1) return {skipped: `GIFT's missing word has one gap; this cloze has ${gaps.length}`};
	if (gap.accepted.length === 0) return {skipped: 'the cloze gap is empty'};
	const arrow = gap.accepted.find(answer => answer.includes('->'));
	if (arrow !== undefined) return {skipped: `the answer "${arrow}" holds "->", which GIFT reads as a matching question`};
	const index = segments.indexOf(gap);
	const join = (part: typeof segments) => part.map(segment => (segment.kind === 'text' ? segment.text : '')).join('');
	const before = join(segments.slice(0, index));
	const after = join(segments.slice(index + 1));
	const answers = gap.accepted.map(answer => `=${weighed(answer, '%100%')}`).join(' ');
	// Moodle makes a gap only when text follows the block; an escaped line break is text no one sees.
	const tail = after.trim() === '' ? '\\n' : escapeGift(after);
	return {gift: `${text(before)}{${answers}${general}}${tail}`};
}

/**
 * Text for a place Moodle reads a [format] marker in: one that starts with
 * "[" is guarded by an explicit [moodle], so "[plain] facts" stays text.
 */
function text(value: string): string {
	return (value.startsWith('[') ? '[moodle]' : '') + escapeGift(value);
}

/** An answer Moodle checks for a %weight%: one that starts with "%" gets its weight written out, so the "%" stays text. */
function weighed(value: string, weight: string): string {
	return (value.startsWith('%') ? weight : '') + text(value);
}
