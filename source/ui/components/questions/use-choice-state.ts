import {useReducer} from 'react';
import type {Key} from 'ink';
import {bindings, numberKey} from '../../keys.js';

/** A pointer over options by display position; `chosen` is set once, and then keys are ignored. Shared by choice and true/false. */
export type ChoiceState = {count: number; cursor: number; chosen: number | undefined};

/** `choose` without an index takes the option under the pointer. */
export type ChoiceAction = {type: 'up'} | {type: 'down'} | {type: 'choose'; index?: number};

export function createChoiceState(count: number): ChoiceState {
	return {count, cursor: 0, chosen: undefined};
}

export function choiceReducer(state: ChoiceState, action: ChoiceAction): ChoiceState {
	if (state.chosen !== undefined) return state;
	switch (action.type) {
		case 'up': {
			return state.cursor === 0 ? state : {...state, cursor: state.cursor - 1};
		}
		case 'down': {
			return state.cursor >= state.count - 1 ? state : {...state, cursor: state.cursor + 1};
		}
		case 'choose': {
			const index = action.index ?? state.cursor;
			if (index < 0 || index >= state.count) return state;
			// The pointer moves to the choice, so a frame left on screen shows it.
			return {...state, cursor: index, chosen: index};
		}
	}
}

export function choiceKeyAction(input: string, key: Key): ChoiceAction | undefined {
	const number = numberKey(input);
	if (number !== undefined) return {type: 'choose', index: number};
	if (bindings.up.matches(input, key)) return {type: 'up'};
	if (bindings.down.matches(input, key)) return {type: 'down'};
	if (bindings.confirm.matches(input, key)) return {type: 'choose'};
	return undefined;
}

/** True/false: t and f answer too. True is option 0, False option 1. */
export function trueFalseKeyAction(input: string, key: Key): ChoiceAction | undefined {
	if (bindings.answerTrue.matches(input, key)) return {type: 'choose', index: 0};
	if (bindings.answerFalse.matches(input, key)) return {type: 'choose', index: 1};
	return choiceKeyAction(input, key);
}

export function useChoiceState(count: number) {
	return useReducer(choiceReducer, count, createChoiceState);
}
