import {deriveSeed, seededRandom, shuffleAwayFrom} from '../../../random.js';
import {parseCloze} from '../../cloze.js';
import type {ClozeQuestion, MatchQuestion, Pack, Question} from '../../schema.js';
import {escapeMarkdown, inline, letter} from './markdown-text.js';

export const gap = '________';
const answerLine = '______________________________';

/** Shuffled by a seed from the pack and question ids: the same test every time it is printed. */
export function shuffledFor(pack: Pack, question: Question, items: readonly string[]): string[] {
	return shuffleAwayFrom(items, seededRandom(deriveSeed(0, `${pack.id}:${question.id}`)));
}

/** The right-hand column of a match, lettered a, b, c… in its shuffled order. */
export function matchColumn(pack: Pack, question: MatchQuestion): string[] {
	return shuffledFor(pack, question, question.pairs.map(pair => pair.right));
}

function clozeSentence(question: ClozeQuestion): string {
	const segments = parseCloze(question.text);
	const several = segments.filter(segment => segment.kind === 'gap').length > 1;
	return segments
		.map(segment => (segment.kind === 'text' ? escapeMarkdown(segment.text) : several ? `${gap} (${segment.index + 1})` : gap))
		.join('')
		.replace(/\s+/g, ' ')
		.trim();
}

function matchTable(pack: Pack, question: MatchQuestion): string[] {
	const rights = matchColumn(pack, question);
	const rows = question.pairs.map((pair, index) => `| ${index + 1}. ${inline(pair.left)} → ____ | ${letter(index, true)}. ${inline(rights[index]!)} |`);
	return ['| Item | Choose from |', '|---|---|', ...rows];
}

/** The question's heading text (after its number) and the blocks under it, each a list of lines. */
export function questionBody(pack: Pack, question: Question): {heading: string; blocks: string[][]} {
	const prompt = inline(question.prompt);
	switch (question.type) {
		case 'choice': {
			return {heading: prompt, blocks: [question.options.map((option, index) => `- ${letter(index)}. ${inline(option)}`)]};
		}
		case 'multi': {
			return {
				heading: `${prompt} *(choose all that apply)*`,
				blocks: [question.options.map((option, index) => `- ${letter(index)}. ${inline(option)}`)],
			};
		}
		case 'truefalse': {
			return {heading: prompt, blocks: [['True / False']]};
		}
		case 'cloze': {
			return {heading: prompt, blocks: [[clozeSentence(question)]]};
		}
		case 'short': {
			return {heading: prompt, blocks: [[`Answer: ${answerLine}`]]};
		}
		case 'order': {
			const items = shuffledFor(pack, question, question.items).map(item => `- ____ ${inline(item)}`);
			return {heading: `${prompt} *(number them 1–${question.items.length})*`, blocks: [items]};
		}
		case 'match': {
			return {heading: `${prompt} *(write the matching letter after each number)*`, blocks: [matchTable(pack, question)]};
		}
	}
}
