import {looksLikeName} from '../generate/name-words.js';
import {containsPhrase} from '../generate/text.js';
import {normalizeAnswer} from '../questions/normalize.js';
import {clozeGaps} from './cloze.js';
import type {Pack, Question} from './schema.js';

/** A teaching-quality problem in one question (or, for answer-position, the pack). */
export type QualityProblem = {
	rule: 'answer-in-stem' | 'alias-option' | 'duplicate-question' | 'cut-mid-word' | 'no-evidence' | 'answer-position';
	/** Index into pack.questions. */
	question: number;
	/** The key of the question the problem is in, for a location. */
	field: string;
	message: string;
};

/**
 * Rules a good question keeps beyond the schema: the stem does not give the
 * answer away, no wrong option is another name for the right one, nothing
 * is asked twice, shortened text ends on a whole word, every answer is
 * backed by a sentence, and right answers are not piled on one letter. The
 * generator holds itself to these; lint reports them as warnings.
 */
export function qualityProblems(pack: Pack): QualityProblem[] {
	const aliases = aliasGroups(pack);
	const problems: QualityProblem[] = [];
	const seen = new Map<string, number>();
	let words: Set<string> | undefined;
	const sentenceWords = () => (words ??= evidenceWords(pack));
	pack.questions.forEach((question, index) => {
		const report = (rule: QualityProblem['rule'], field: string, message: string) => problems.push({rule, question: index, field, message});
		for (const answer of answersOf(question)) {
			const revealed = [answer, ...(aliases.get(normalizeAnswer(answer)) ?? [])].find(name => containsPhrase(question.prompt, name));
			if (revealed) report('answer-in-stem', 'prompt', `the question gives its answer away: the prompt contains “${revealed}”`);
		}
		if (question.type === 'choice') {
			const names = aliases.get(normalizeAnswer(question.answer)) ?? [];
			const alias = question.options.find(option => option !== question.answer && names.some(name => normalizeAnswer(name) === normalizeAnswer(option)));
			if (alias) report('alias-option', 'options', `wrong option “${alias}” is another name for the answer “${question.answer}”`);
		}
		const signature = questionSignature(question);
		const first = seen.get(signature);
		if (first === undefined) seen.set(signature, index);
		else report('duplicate-question', 'prompt', `asks the same as question ${first + 1} (${pack.questions[first]!.id})`);
		const cut = cutWord(question, sentenceWords);
		if (cut) report('cut-mid-word', 'prompt', `shortened mid-word before the ellipsis: “${cut}…”`);
		if (!question.evidence && !(question.facts ?? []).some(id => pack.facts.find(fact => fact.id === id)?.evidence)) {
			report('no-evidence', 'evidence', 'no sentence backs the answer: add evidence, or facts with evidence');
		}
	});
	const piled = piledPosition(pack.questions);
	if (piled) problems.push({rule: 'answer-position', question: piled.first, field: 'answer', message: piled.message});
	return problems;
}

/** What makes two questions the same question: type, prompt, and answer (or cloze text). */
export function questionSignature(question: Question): string {
	return `${question.type}\n${normalizeAnswer(question.prompt)}\n${question.type === 'cloze' ? normalizeAnswer(question.text) : answersOf(question).map(normalizeAnswer).join('|')}`;
}

/** The answers a learner could read in the stem. True/false, order and match have none of that kind. */
function answersOf(question: Question): string[] {
	switch (question.type) {
		case 'choice':
			return [question.answer];
		case 'multi':
			return question.answers;
		case 'short':
			return [question.answer, ...question.accept];
		case 'cloze':
			return clozeGaps(question.text).flat();
		default:
			return [];
	}
}

/** Each person's names, keyed by every one of them: "Peskov" ↔ "Dmitry Peskov". */
export function aliasGroups(pack: Pack): Map<string, string[]> {
	const groups = new Map<string, string[]>();
	for (const fact of pack.facts) {
		if (fact.type !== 'person') continue;
		const names = [fact.name, ...fact.aliases.filter(looksLikeName)];
		for (const name of names) groups.set(normalizeAnswer(name), names);
	}
	return groups;
}

/** The word fragment before an ellipsis that no sentence of the pack has whole. */
function cutWord(question: Question, sentenceWords: () => ReadonlySet<string>): string | undefined {
	const texts = [question.prompt, ...(question.type === 'choice' || question.type === 'multi' ? question.options : question.type === 'order' ? question.items : [])];
	for (const text of texts) {
		for (const match of text.matchAll(/([\p{L}\p{N}'’-]+)…/gu)) {
			const words = sentenceWords();
			if (words.size > 0 && !words.has(match[1]!)) return match[1];
		}
	}
	return undefined;
}

/** Every word of the pack's evidence sentences: wrong options come from other facts' sentences, so any may hold the whole word. */
function evidenceWords(pack: Pack): Set<string> {
	const texts = [...pack.questions.map(question => question.evidence?.text ?? ''), ...pack.facts.map(fact => fact.evidence ?? '')];
	return new Set(texts.flatMap(text => text.match(/[\p{L}\p{N}'’-]+/gu) ?? []));
}

/** With eight or more choice questions, no option position should hold twice its share of right answers. */
function piledPosition(questions: readonly Question[]): {first: number; message: string} | undefined {
	const choices = questions.map((question, index) => ({question, index})).filter(({question}) => question.type === 'choice');
	if (choices.length < 8) return undefined;
	const counts = new Map<number, number>();
	for (const {question} of choices) {
		if (question.type !== 'choice') continue;
		const position = question.options.indexOf(question.answer);
		counts.set(position, (counts.get(position) ?? 0) + 1);
	}
	const width = Math.max(...choices.map(({question}) => (question.type === 'choice' ? question.options.length : 0)));
	for (const [position, count] of counts) {
		if (count > (2 * choices.length) / width) {
			const letter = String.fromCharCode(65 + position);
			return {first: choices[0]!.index, message: `${count} of ${choices.length} choice questions have their answer at option ${letter}: spread the right answers across positions`};
		}
	}
	return undefined;
}
