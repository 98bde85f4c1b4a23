import {useReducer} from 'react';
import type {Key} from 'ink';
import {bindings} from '../../keys.js';

/**
 * `items` holds indices into the question's items in their current order.
 * While `grabbed`, up/down carry the item under the cursor with them.
 */
export type OrderState = {items: number[]; cursor: number; grabbed: boolean; submitted: boolean};

export type OrderAction = {type: 'up'} | {type: 'down'} | {type: 'grab'} | {type: 'confirm'};

export function createOrderState(items: number[]): OrderState {
	return {items, cursor: 0, grabbed: false, submitted: false};
}

function move(state: OrderState, by: -1 | 1): OrderState {
	const target = state.cursor + by;
	if (target < 0 || target >= state.items.length) return state;
	if (!state.grabbed) return {...state, cursor: target};
	const items = [...state.items];
	[items[state.cursor], items[target]] = [items[target]!, items[state.cursor]!];
	return {...state, items, cursor: target};
}

export function orderReducer(state: OrderState, action: OrderAction): OrderState {
	if (state.submitted) return state;
	switch (action.type) {
		case 'up': {
			return move(state, -1);
		}
		case 'down': {
			return move(state, 1);
		}
		case 'grab': {
			return {...state, grabbed: !state.grabbed};
		}
		case 'confirm': {
			return {...state, grabbed: false, submitted: true};
		}
	}
}

export function orderKeyAction(input: string, key: Key): OrderAction | undefined {
	if (bindings.toggle.matches(input, key)) return {type: 'grab'};
	if (bindings.up.matches(input, key)) return {type: 'up'};
	if (bindings.down.matches(input, key)) return {type: 'down'};
	if (bindings.confirm.matches(input, key)) return {type: 'confirm'};
	return undefined;
}

export function useOrderState(initial: () => number[]) {
	return useReducer(orderReducer, undefined, () => createOrderState(initial()));
}
