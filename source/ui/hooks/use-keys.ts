import {useInput, type Key} from 'ink';
import {useCallback} from 'react';

/** A Key with no flag set: what ink reports for a plain character. */
export const noKey: Key = {
	upArrow: false,
	downArrow: false,
	leftArrow: false,
	rightArrow: false,
	pageDown: false,
	pageUp: false,
	home: false,
	end: false,
	return: false,
	escape: false,
	ctrl: false,
	shift: false,
	tab: false,
	backspace: false,
	delete: false,
	meta: false,
	super: false,
	hyper: false,
	capsLock: false,
	numLock: false,
};

/** One character as ink would describe it had it arrived on its own (see ink's parse-keypress). */
function keyOf(character: string): [string, Key] {
	switch (character) {
		case '\r':
			return ['', {...noKey, return: true}];
		case '\n':
			// ink reads a lone line feed as a key with no name, which nothing acts on.
			return ['', noKey];
		case '\t':
			return ['', {...noKey, tab: true}];
		case '\b':
			return ['', {...noKey, backspace: true}];
		case '\u007F':
			return ['', {...noKey, delete: true}];
		default:
			if (character.length === 1 && character < ' ') {
				return [String.fromCharCode(character.charCodeAt(0) + 96), {...noKey, ctrl: true}];
			}
			return [character, {...noKey, shift: /^[A-Z]$/.test(character)}];
	}
}

/**
 * ink splits what it reads into keys only at escape sequences, so keys typed
 * fast, sent over a slow link or pasted can arrive as one input: "3\r",
 * "x\u007F", "Paris\r". This splits such an input back into single keys.
 */
export function splitKeys(input: string, key: Key): Array<[string, Key]> {
	const characters = [...input];
	if (characters.length <= 1 || key.ctrl || key.meta) return [[input, key]];
	return characters.map(keyOf);
}

/** ink's useInput, but the handler always sees one key at a time. */
export function useKeys(handler: (input: string, key: Key) => void, options: {isActive?: boolean} = {}): void {
	// Stable when the handler is, so ink does not re-subscribe on every render.
	const splitting = useCallback(
		(input: string, key: Key) => {
			for (const [character, characterKey] of splitKeys(input, key)) handler(character, characterKey);
		},
		[handler],
	);
	useInput(splitting, options);
}
