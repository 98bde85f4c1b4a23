import {clozeGaps} from '../../../core/pack/cloze.js';
import type {Question} from '../../../core/pack/schema.js';
import {bindings} from '../../keys.js';

const {up, down, confirm, toggle, nextField, previousField, erase, answerTrue, answerFalse} = bindings;
const move = `${up.label}${down.label} move`;

function count(question: Question): number {
	switch (question.type) {
		case 'choice':
		case 'multi': {
			return question.options.length;
		}
		case 'match': {
			return question.pairs.length;
		}
		default: {
			return 0;
		}
	}
}

/** True where typing goes into a text field: there `q` is a letter and only Esc leaves. */
export function questionTakesText(question: Question): boolean {
	return question.type === 'cloze' || question.type === 'short';
}

/**
 * One short line of keys for the footer; `compact` is the form for a small
 * screen, which fits in 40 columns beside the quit key.
 */
export function inputHint(question: Question, {compact = false}: {compact?: boolean} = {}): string {
	return compact ? compactHint(question) : fullHint(question);
}

function fullHint(question: Question): string {
	const n = count(question);
	switch (question.type) {
		case 'choice': {
			return `1–${n} answer · ${move} · ${confirm.label} choose`;
		}
		case 'multi': {
			return `1–${n}/${toggle.label} tick · ${move} · ${confirm.label} submit`;
		}
		case 'truefalse': {
			return `${answerTrue.label}/${answerFalse.label} or 1/2 answer · ${move} · ${confirm.label} choose`;
		}
		case 'cloze': {
			if (clozeGaps(question.text).length < 2) return `type the gap · ${confirm.label} submit`;
			return `${confirm.label}/${nextField.label} next gap · ${previousField.label}/${up.label} back · ${confirm.label} on the last submits`;
		}
		case 'short': {
			return `type your answer · ${confirm.label} submit`;
		}
		case 'order': {
			return `${move} · ${toggle.label} pick up/drop · ${confirm.label} submit`;
		}
		case 'match': {
			return `${up.label}${down.label} item · a–${lastLetter(n)} pair · ${erase.label} clear · ${confirm.label} submit`;
		}
	}
}

function compactHint(question: Question): string {
	const n = count(question);
	switch (question.type) {
		case 'choice': {
			return `1–${n}/${up.label}${down.label} ${confirm.label}`;
		}
		case 'multi': {
			return `1–${n}/${toggle.label} tick · ${confirm.label}`;
		}
		case 'truefalse': {
			return `${answerTrue.label}/${answerFalse.label}/${up.label}${down.label} ${confirm.label}`;
		}
		case 'cloze': {
			if (clozeGaps(question.text).length < 2) return `type · ${confirm.label} submit`;
			return `${nextField.label} next gap · ${confirm.label} submit`;
		}
		case 'short': {
			return `type · ${confirm.label} submit`;
		}
		case 'order': {
			return `${move} · ${toggle.label} pick up · ${confirm.label}`;
		}
		case 'match': {
			return `a–${lastLetter(n)} pair · ${confirm.label} submit`;
		}
	}
}

function lastLetter(n: number): string {
	return String.fromCharCode(96 + n);
}
