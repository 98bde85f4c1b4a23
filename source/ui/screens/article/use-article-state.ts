import {useReducer} from 'react';
import type {ArticleDraft} from '../../../commands/quiz-article/quiz-article.js';
import {emptyTextField, textFieldReducer, type TextFieldAction, type TextFieldState} from '../../components/questions/use-text-field-state.js';

/** Work for the screen to start: each request once, told apart by its number. */
export type ArticleRequest = {id: number; kind: 'read'; spec: string} | {id: number; kind: 'create'; draft: ArticleDraft};

/**
 * input: typing a path or URL (with the last problem, if any) → reading →
 * review: the facts found → creating → (the app opens the new pack).
 * A problem in any step goes back to input with the text kept.
 */
export type ArticleState = {
	phase: 'input' | 'reading' | 'review' | 'creating';
	field: TextFieldState;
	step: string | undefined;
	problem: string | undefined;
	draft: ArticleDraft | undefined;
	request: ArticleRequest | undefined;
};

export type ArticleAction =
	| {type: 'edit'; action: TextFieldAction}
	| {type: 'submit'}
	| {type: 'step'; label: string}
	| {type: 'read'; draft: ArticleDraft}
	| {type: 'create'}
	| {type: 'failed'; problem: string}
	| {type: 'back'};

export const initialArticleState: ArticleState = {phase: 'input', field: emptyTextField, step: undefined, problem: undefined, draft: undefined, request: undefined};

export function articleReducer(state: ArticleState, action: ArticleAction): ArticleState {
	const nextId = (state.request?.id ?? 0) + 1;
	switch (action.type) {
		case 'edit':
			return state.phase === 'input' ? {...state, field: textFieldReducer(state.field, action.action)} : state;
		case 'submit': {
			if (state.phase !== 'input') return state;
			const spec = state.field.value.trim();
			if (spec === '') return {...state, problem: 'type the path of an article file or a web address first'};
			return {...state, phase: 'reading', step: `Reading ${spec}`, problem: undefined, request: {id: nextId, kind: 'read', spec}};
		}
		case 'step':
			return state.phase === 'reading' || state.phase === 'creating' ? {...state, step: action.label} : state;
		case 'read':
			return state.phase === 'reading' ? {...state, phase: 'review', step: undefined, draft: action.draft} : state;
		case 'create': {
			if (state.phase !== 'review' || !state.draft) return state;
			return {...state, phase: 'creating', step: 'Writing questions', request: {id: nextId, kind: 'create', draft: state.draft}};
		}
		case 'failed':
			return {...state, phase: 'input', step: undefined, draft: undefined, problem: action.problem};
		case 'back':
			return state.phase === 'review' ? {...state, phase: 'input', draft: undefined} : state;
	}
}

export function useArticleState() {
	return useReducer(articleReducer, initialArticleState);
}
