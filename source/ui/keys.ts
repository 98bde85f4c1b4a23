import type {Key} from 'ink';

/**
 * The one key-binding table. Screens ask "is this the quit key?" rather than
 * comparing characters themselves, and the footers are built from `label`s.
 */
export type Binding = {label: string; matches: (input: string, key: Key) => boolean};

const table = {
	quit: {label: 'q quit', matches: (input, key) => input === 'q' || key.escape},
	/** In screens with a text field, q is a letter: only Esc leaves. */
	quitWhileTyping: {label: 'Esc quit', matches: (_input, key) => key.escape},
	up: {label: '↑', matches: (input, key) => key.upArrow},
	down: {label: '↓', matches: (input, key) => key.downArrow},
	confirm: {label: 'Enter', matches: (_input, key) => key.return},
	toggle: {label: 'Space', matches: input => input === ' '},
	left: {label: '←', matches: (_input, key) => key.leftArrow},
	right: {label: '→', matches: (_input, key) => key.rightArrow},
	nextField: {label: 'Tab', matches: (_input, key) => key.tab && !key.shift},
	previousField: {label: 'Shift+Tab', matches: (_input, key) => key.tab && key.shift},
	/** Most terminals send DEL (0x7f) for Backspace, which ink reports as `delete`. */
	erase: {label: 'Backspace', matches: (_input, key) => key.backspace || key.delete},
	answerTrue: {label: 't', matches: input => input === 't'},
	answerFalse: {label: 'f', matches: input => input === 'f'},
	next: {label: 'Enter next', matches: (_input, key) => key.return},
	retry: {label: 'r retry missed', matches: input => input === 'r'},
	home: {label: 'h home', matches: input => input === 'h'},
	/** Leaves a screen for the one before it (home, or the text field). */
	back: {label: 'q back', matches: (input, key) => input === 'q' || key.escape},
	backWhileTyping: {label: 'Esc back', matches: (_input, key) => key.escape},
	pageUp: {label: 'PgUp', matches: (_input, key) => key.pageUp},
	pageDown: {label: 'PgDn', matches: (_input, key) => key.pageDown},
	study: {label: 'Enter study', matches: (_input, key) => key.return},
	facts: {label: 'f facts', matches: input => input === 'f'},
	article: {label: 'a article', matches: input => input === 'a'},
	makeQuestions: {label: 'Enter make questions and study', matches: (_input, key) => key.return},
	read: {label: 'Enter read it', matches: (_input, key) => key.return},
} satisfies Record<string, Binding>;

/** Typed as plain Bindings so every `matches` takes (input, key), even one written as `input => …`. */
export const bindings: Record<keyof typeof table, Binding> = table;

/** 1–9 as a zero-based index, or undefined. */
export function numberKey(input: string): number | undefined {
	return /^[1-9]$/.test(input) ? Number(input) - 1 : undefined;
}

/** a–z as a zero-based index, or undefined. */
export function letterKey(input: string): number | undefined {
	return /^[a-z]$/.test(input) ? input.charCodeAt(0) - 97 : undefined;
}
