import type {Key} from 'ink';
import {bindings} from '../../keys.js';
import {displayText} from './display-text.js';

/** A one-line text field. `cursor` counts code points, so an emoji is never split in two. */
export type TextFieldState = {value: string; cursor: number};

export type TextFieldAction =
	| {type: 'insert'; text: string}
	| {type: 'erase'}
	| {type: 'left'}
	| {type: 'right'};

export const emptyTextField: TextFieldState = {value: '', cursor: 0};

export function textFieldReducer(state: TextFieldState, action: TextFieldAction): TextFieldState {
	const chars = [...state.value];
	switch (action.type) {
		case 'insert': {
			// Pasted text may carry escapes or newlines; the field holds one clean line.
			const text = [...displayText(action.text).replace(/\n/g, ' ')];
			if (text.length === 0) return state;
			chars.splice(state.cursor, 0, ...text);
			return {value: chars.join(''), cursor: state.cursor + text.length};
		}
		case 'erase': {
			if (state.cursor === 0) return state;
			chars.splice(state.cursor - 1, 1);
			return {value: chars.join(''), cursor: state.cursor - 1};
		}
		case 'left': {
			return state.cursor === 0 ? state : {...state, cursor: state.cursor - 1};
		}
		case 'right': {
			return state.cursor >= chars.length ? state : {...state, cursor: state.cursor + 1};
		}
	}
}

/** The editing action a key stands for, if any; Enter, Tab and arrows up/down are left to the caller. */
export function textFieldKeyAction(input: string, key: Key): TextFieldAction | undefined {
	if (bindings.erase.matches(input, key)) return {type: 'erase'};
	if (bindings.left.matches(input, key)) return {type: 'left'};
	if (bindings.right.matches(input, key)) return {type: 'right'};
	if (key.ctrl || key.meta || key.escape || key.return || key.tab || input === '') return undefined;
	return {type: 'insert', text: input};
}
