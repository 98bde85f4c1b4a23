import {useReducer} from 'react';
import type {Key} from 'ink';
import {bindings, letterKey} from '../../keys.js';

/**
 * `pairs[left]` is the display position of the right item paired with that
 * left item, or undefined. A right item belongs to at most one left item.
 */
export type MatchState = {cursor: number; pairs: Array<number | undefined>; warning: boolean; submitted: boolean};

export type MatchAction =
	| {type: 'up'}
	| {type: 'down'}
	| {type: 'pair'; right: number}
	| {type: 'clear'}
	| {type: 'confirm'};

export function createMatchState(count: number): MatchState {
	return {cursor: 0, pairs: Array.from({length: count}, () => undefined), warning: false, submitted: false};
}

/** The next unpaired left item after `from`, wrapping; `from` itself if every item is paired. */
function nextUnpaired(pairs: MatchState['pairs'], from: number): number {
	for (let step = 1; step <= pairs.length; step++) {
		const index = (from + step) % pairs.length;
		if (pairs[index] === undefined) return index;
	}
	return from;
}

export function matchReducer(state: MatchState, action: MatchAction): MatchState {
	if (state.submitted) return state;
	const count = state.pairs.length;
	switch (action.type) {
		case 'up': {
			return state.cursor === 0 ? state : {...state, cursor: state.cursor - 1};
		}
		case 'down': {
			return state.cursor >= count - 1 ? state : {...state, cursor: state.cursor + 1};
		}
		case 'pair': {
			if (action.right < 0 || action.right >= count) return state;
			const pairs = state.pairs.map((right, left) =>
				left === state.cursor ? action.right : right === action.right ? undefined : right,
			);
			// On to the next unpaired item, so typing c, a, b pairs the whole list.
			return {...state, pairs, cursor: nextUnpaired(pairs, state.cursor), warning: false};
		}
		case 'clear': {
			if (state.pairs[state.cursor] === undefined) return state;
			const pairs = state.pairs.map((right, left) => (left === state.cursor ? undefined : right));
			return {...state, pairs};
		}
		case 'confirm': {
			if (matchIsComplete(state)) return {...state, submitted: true};
			return state.warning ? state : {...state, warning: true};
		}
	}
}

export function matchIsComplete(state: MatchState): boolean {
	return state.pairs.every(right => right !== undefined);
}

/** Letters pair (a capital too: Shift is easy to hold by accident). */
export function matchKeyAction(input: string, key: Key): MatchAction | undefined {
	const right = letterKey(input.toLowerCase());
	if (right !== undefined) return {type: 'pair', right};
	if (bindings.up.matches(input, key)) return {type: 'up'};
	if (bindings.down.matches(input, key)) return {type: 'down'};
	if (bindings.erase.matches(input, key)) return {type: 'clear'};
	if (bindings.confirm.matches(input, key)) return {type: 'confirm'};
	return undefined;
}

export function useMatchState(count: number) {
	return useReducer(matchReducer, count, createMatchState);
}
