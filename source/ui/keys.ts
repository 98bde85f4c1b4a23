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
	// Not with Ctrl: Ctrl+T is the hint key.
	answerTrue: {label: 't', matches: (input, key) => input === 't' && !key.ctrl},
	answerFalse: {label: 'f', matches: (input, key) => input === 'f' && !key.ctrl},
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
	/** Ctrl so it never collides with typing or an answer key. */
	hint: {label: '^T hint', matches: (input, key) => key.ctrl && input === 't'},
	/** u where no text is typed; Ctrl+Z works everywhere, and is the only undo while typing. */
	undo: {label: 'u undo', matches: (input, key) => (input === 'u' && !key.ctrl) || (key.ctrl && input === 'z')},
	undoWhileTyping: {label: '^Z undo', matches: (input, key) => key.ctrl && input === 'z'},
	/** On the feedback screen: 1 Again, 2 Hard, 3 Good, 4 Easy, as in Anki. */
	rate: {label: '1–4 regrade', matches: input => /^[1-4]$/.test(input)},
	studyAll: {label: 'd all due', matches: input => input === 'd'},
	exam: {label: 'e exam', matches: input => input === 'e'},
	stats: {label: 's stats', matches: input => input === 's'},
	/** Exam: PgDn/PgUp (or Ctrl+N/Ctrl+P) move between questions everywhere; ] and [ too where no text is typed. */
	nextQuestion: {label: 'PgDn/] next', matches: (input, key) => key.pageDown || (key.ctrl && input === 'n') || (input === ']' && !key.ctrl)},
	previousQuestion: {label: 'PgUp/[ back', matches: (input, key) => key.pageUp || (key.ctrl && input === 'p') || (input === '[' && !key.ctrl)},
	nextQuestionWhileTyping: {label: 'PgDn next', matches: (input, key) => key.pageDown || (key.ctrl && input === 'n')},
	previousQuestionWhileTyping: {label: 'PgUp back', matches: (input, key) => key.pageUp || (key.ctrl && input === 'p')},
	/** Ctrl+G, not Ctrl+F: the answer keys (f for False, a–f for matching) do not check for Ctrl. */
	flag: {label: '^G flag', matches: (input, key) => key.ctrl && input === 'g'},
	submitExam: {label: '^S submit', matches: (input, key) => key.ctrl && input === 's'},
	leaveExam: {label: 'Esc leave', matches: (_input, key) => key.escape},
	yes: {label: 'y yes', matches: input => input === 'y' || input === 'Y'},
	no: {label: 'n no', matches: (input, key) => input === 'n' || input === 'N' || key.escape},
	retake: {label: 'r retake missed', matches: input => input === 'r'},
	/** Stats: the chosen leech out of study, or back in. */
	suspend: {label: 'x suspend', matches: (input, key) => input === 'x' && !key.ctrl},
	unsuspend: {label: 'x unsuspend', matches: (input, key) => input === 'x' && !key.ctrl},
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
