import {useReducer} from 'react';
import type {Key} from 'ink';
import {bindings, numberKey} from '../../keys.js';

/** Ticks by display position; `warning` is set when Enter came with nothing ticked. */
export type MultiState = {cursor: number; ticked: boolean[]; warning: boolean; submitted: boolean};

/** `toggle` without an index toggles the option under the pointer. */
export type MultiAction = {type: 'up'} | {type: 'down'} | {type: 'toggle'; index?: number} | {type: 'confirm'};

export function createMultiState(count: number): MultiState {
	return {cursor: 0, ticked: Array.from({length: count}, () => false), warning: false, submitted: false};
}

export function multiReducer(state: MultiState, action: MultiAction): MultiState {
	if (state.submitted) return state;
	const count = state.ticked.length;
	switch (action.type) {
		case 'up': {
			return state.cursor === 0 ? state : {...state, cursor: state.cursor - 1};
		}
		case 'down': {
			return state.cursor >= count - 1 ? state : {...state, cursor: state.cursor + 1};
		}
		case 'toggle': {
			const index = action.index ?? state.cursor;
			if (index < 0 || index >= count) return state;
			const ticked = state.ticked.map((value, position) => (position === index ? !value : value));
			return {...state, cursor: index, ticked, warning: false};
		}
		case 'confirm': {
			if (state.ticked.includes(true)) return {...state, submitted: true};
			return state.warning ? state : {...state, warning: true};
		}
	}
}

export function multiKeyAction(input: string, key: Key): MultiAction | undefined {
	const number = numberKey(input);
	if (number !== undefined) return {type: 'toggle', index: number};
	if (bindings.toggle.matches(input, key)) return {type: 'toggle'};
	if (bindings.up.matches(input, key)) return {type: 'up'};
	if (bindings.down.matches(input, key)) return {type: 'down'};
	if (bindings.confirm.matches(input, key)) return {type: 'confirm'};
	return undefined;
}

export function useMultiState(count: number) {
	return useReducer(multiReducer, count, createMultiState);
}
