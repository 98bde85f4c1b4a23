import {useReducer} from 'react';
import type {Key} from 'ink';
import {bindings} from '../../keys.js';
import {emptyTextField, textFieldKeyAction, textFieldReducer} from './use-text-field-state.js';
import type {TextFieldAction, TextFieldState} from './use-text-field-state.js';

/**
 * One text field per gap; edits go to the active one. A short answer is a
 * cloze with one gap. `warning` is set when Enter on the last gap found
 * gaps still empty.
 */
export type ClozeState = {fields: TextFieldState[]; active: number; warning: boolean; submitted: boolean};

/** `confirm` is Enter: the next gap, or submit from the last one once every gap is filled. */
export type ClozeAction = {type: 'edit'; action: TextFieldAction} | {type: 'next'} | {type: 'previous'} | {type: 'confirm'};

export function createClozeState(gaps: number): ClozeState {
	return {fields: Array.from({length: gaps}, () => emptyTextField), active: 0, warning: false, submitted: false};
}

const isEmpty = (field: TextFieldState) => field.value.trim() === '';

export function clozeReducer(state: ClozeState, action: ClozeAction): ClozeState {
	if (state.submitted) return state;
	const last = state.fields.length - 1;
	switch (action.type) {
		case 'edit': {
			const field = state.fields[state.active];
			if (!field) return state;
			const edited = textFieldReducer(field, action.action);
			if (edited === field) return state;
			const fields = state.fields.map((value, index) => (index === state.active ? edited : value));
			return {...state, fields, warning: false};
		}
		case 'next': {
			return state.active >= last ? state : {...state, active: state.active + 1};
		}
		case 'previous': {
			return state.active === 0 ? state : {...state, active: state.active - 1};
		}
		case 'confirm': {
			if (state.active < last) return {...state, active: state.active + 1};
			const empty = state.fields.findIndex(field => isEmpty(field));
			if (empty === -1) return {...state, submitted: true};
			return {...state, active: empty, warning: true};
		}
	}
}

/** The gaps as submitted: trimmed. */
export function clozeAnswers(state: ClozeState): string[] {
	return state.fields.map(field => field.value.trim());
}

export function clozeKeyAction(input: string, key: Key): ClozeAction | undefined {
	if (bindings.confirm.matches(input, key)) return {type: 'confirm'};
	if (bindings.previousField.matches(input, key) || bindings.up.matches(input, key)) return {type: 'previous'};
	if (bindings.nextField.matches(input, key) || bindings.down.matches(input, key)) return {type: 'next'};
	const action = textFieldKeyAction(input, key);
	return action ? {type: 'edit', action} : undefined;
}

export function useClozeState(gaps: number) {
	return useReducer(clozeReducer, gaps, createClozeState);
}
