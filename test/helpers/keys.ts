/** What the keys of a real terminal send, for tests that type. */
export const keys = {
	up: '\u001B[A',
	down: '\u001B[B',
	left: '\u001B[D',
	right: '\u001B[C',
	enter: '\r',
	space: ' ',
	tab: '\t',
	shiftTab: '\u001B[Z',
	backspace: '\u007F',
	escape: '\u001B',
	ctrlC: '\u0003',
} as const;
