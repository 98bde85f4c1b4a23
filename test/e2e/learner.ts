import {parseCloze} from '../../source/core/pack/cloze.js';
import type {
	ChoiceQuestion,
	ClozeQuestion,
	MatchQuestion,
	MultiQuestion,
	OrderQuestion,
	Question,
	ShortQuestion,
	TrueFalseQuestion,
} from '../../source/core/pack/schema.js';
import {keys} from '../helpers/terminal.js';
import type {RealTerminal} from '../helpers/terminal.js';

/**
 * A learner at a real terminal: finds the question on the screen, reads the
 * options where the app shuffled them, and answers with keystrokes, rightly
 * or (when told) wrongly. Knows the keys from the footers, not the code.
 */

/** The screen as one line of words, so text the app wrapped can be found whole. */
export function flatten(screen: string): string {
	return screen.replace(/\s+/g, ' ').trim();
}

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Which of the questions is on the screen, by its prompt. */
export function questionOnScreen(screen: string, questions: readonly Question[]): Question | undefined {
	const text = flatten(screen);
	return questions.find(question => text.includes(flatten(question.prompt)));
}

/** The number the screen shows before an option, e.g. "3" for "› [ ] 3. René Cassin". */
function optionNumber(screen: string, option: string): string {
	const match = new RegExp(`(\\d)\\. ${escapeRegExp(option)}\\s*$`, 'm').exec(screen);
	if (!match?.[1]) throw new Error(`option "${option}" is not on the screen:\n${screen}`);
	return match[1];
}

async function answerChoice(terminal: RealTerminal, question: ChoiceQuestion, right: boolean) {
	const screen = terminal.screen();
	const wanted = right ? question.answer : question.options.find(option => option !== question.answer)!;
	terminal.write(optionNumber(screen, wanted));
	return wanted;
}

async function answerTrueFalse(terminal: RealTerminal, question: TrueFalseQuestion, right: boolean) {
	const value = right ? question.answer : !question.answer;
	terminal.write(value ? 't' : 'f');
	return value ? 'True' : 'False';
}

/**
 * Types the text, with one slip corrected by Backspace, as people do. Each
 * key waits for the screen: ink splits a read into keys only at escape
 * sequences, so Backspace or Enter arriving in one read with letters is lost.
 */
async function type(terminal: RealTerminal, text: string) {
	const head = text.slice(0, -1);
	terminal.write(`${head}x`);
	await terminal.waitFor(`${head}x`);
	terminal.write(keys.backspace);
	await terminal.waitFor(screen => !screen.includes(`${head}x`));
	terminal.write(text.slice(-1));
	await terminal.waitFor(text);
}

async function answerShort(terminal: RealTerminal, question: ShortQuestion, right: boolean) {
	const text = right ? String(question.answer) : 'Nobody in particular';
	await type(terminal, text);
	terminal.write(keys.enter);
	return text;
}

async function answerCloze(terminal: RealTerminal, question: ClozeQuestion, right: boolean) {
	const gaps = parseCloze(question.text).flatMap(segment => (segment.kind === 'gap' ? [segment.accepted] : []));
	const given: string[] = [];
	for (const [index, accepted] of gaps.entries()) {
		// The last accepted spelling, so an alternative is exercised where there is one.
		const text = right ? accepted.at(-1)! : 'zzz';
		await type(terminal, text);
		given.push(text);
		// Enter moves to the next gap, and on the last one submits.
		terminal.write(keys.enter);
		if (index < gaps.length - 1) await terminal.waitFor(new RegExp(`› ${index + 2}\\. `));
	}
	return given.join(', ');
}

async function answerMulti(terminal: RealTerminal, question: MultiQuestion, right: boolean) {
	const wanted = right ? question.answers : question.options.filter(option => !question.answers.includes(option)).slice(0, 1);
	for (const option of wanted) {
		const number = optionNumber(terminal.screen(), option);
		terminal.write(number);
		await terminal.waitFor(new RegExp(`\\[x\\] ${number}\\. `));
	}
	terminal.write(keys.enter);
	return wanted.join('; ');
}

type OrderRow = {text: string; focused: boolean; grabbed: boolean};

/** The order question's rows as drawn: "› 1. text", "≡ 2. text (moving)", "  3. text". */
function orderRows(screen: string, items: readonly string[]): OrderRow[] {
	const rows: OrderRow[] = [];
	for (const line of screen.split('\n')) {
		const match = /^\s*([›≡]?)\s*\d\. (.+?)(?: \(moving\))?\s*$/.exec(line);
		if (match?.[2] && items.includes(match[2])) rows.push({text: match[2], focused: match[1] !== '', grabbed: match[1] === '≡'});
	}
	if (rows.length !== items.length) throw new Error(`expected ${items.length} items on the screen:\n${screen}`);
	return rows;
}

/** Sorts the items by hand: point at the item that belongs next, pick it up, carry it up, drop it. */
async function answerOrder(terminal: RealTerminal, question: OrderQuestion, right: boolean) {
	const target = right ? [...question.items] : [...question.items].reverse();
	const cursor = (rows: OrderRow[]) => rows.findIndex(row => row.focused);
	for (const [place, item] of target.entries()) {
		let rows = orderRows(terminal.screen(), question.items);
		const from = rows.findIndex(row => row.text === item);
		if (from === place) continue;
		const step = from > cursor(rows) ? keys.down : keys.up;
		terminal.write(step.repeat(Math.abs(from - cursor(rows))));
		await terminal.waitFor(screen => cursor(orderRows(screen, question.items)) === from);
		terminal.write(keys.space);
		await terminal.waitFor(screen => orderRows(screen, question.items)[from]?.grabbed === true);
		terminal.write(keys.up.repeat(from - place));
		await terminal.waitFor(screen => orderRows(screen, question.items)[place]?.text === item);
		terminal.write(keys.space);
		await terminal.waitFor(screen => orderRows(screen, question.items).every(row => !row.grabbed));
		rows = orderRows(terminal.screen(), question.items);
		if (rows[place]?.text !== item) throw new Error(`"${item}" did not stay at ${place + 1}:\n${terminal.screen()}`);
	}
	terminal.write(keys.enter);
	return target.join(' → ');
}

/** Reads the letters of the right-hand column and pairs each item in turn (the pointer moves on by itself). */
async function answerMatch(terminal: RealTerminal, question: MatchQuestion, right: boolean) {
	const screen = terminal.screen();
	const letterOf = (text: string) => {
		const match = new RegExp(`^\\s*([a-z])\\) ${escapeRegExp(text)}`, 'm').exec(screen);
		if (!match?.[1]) throw new Error(`"${text}" is not in the right-hand column:\n${screen}`);
		return match[1];
	};
	const rights = question.pairs.map(pair => pair.right);
	// Wrong: everyone gets the next person's part.
	const chosen = right ? rights : [...rights.slice(1), rights[0]!];
	for (const [index, text] of chosen.entries()) {
		const letter = letterOf(text);
		terminal.write(letter);
		await terminal.waitFor(new RegExp(`${index + 1}\\. .*→ ${letter}\\)`));
	}
	terminal.write(keys.enter);
	return chosen.join('; ');
}

/** Answers the question on the screen; returns what was given, for messages. */
export async function answer(terminal: RealTerminal, question: Question, right: boolean): Promise<string> {
	switch (question.type) {
		case 'choice':
			return answerChoice(terminal, question, right);
		case 'truefalse':
			return answerTrueFalse(terminal, question, right);
		case 'short':
			return answerShort(terminal, question, right);
		case 'cloze':
			return answerCloze(terminal, question, right);
		case 'multi':
			return answerMulti(terminal, question, right);
		case 'order':
			return answerOrder(terminal, question, right);
		case 'match':
			return answerMatch(terminal, question, right);
	}
}
