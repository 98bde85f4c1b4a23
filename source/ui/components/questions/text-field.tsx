import {Text} from 'ink';
import type {TextFieldState} from './use-text-field-state.js';

/** Draws a field's value; the cursor is an inverted cell, which NO_COLOR leaves alone (it is not a colour). */
export function TextField({state, isFocused}: {state: TextFieldState; isFocused: boolean}) {
	if (!isFocused) return <Text wrap="wrap">{state.value}</Text>;
	const chars = [...state.value];
	const before = chars.slice(0, state.cursor).join('');
	const under = chars[state.cursor] ?? ' ';
	const after = chars.slice(state.cursor + 1).join('');
	return (
		<Text wrap="wrap">
			{before}
			<Text inverse>{under}</Text>
			{after}
		</Text>
	);
}
