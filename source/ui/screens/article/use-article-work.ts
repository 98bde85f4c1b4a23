import {useEffect, useLayoutEffect, useRef, type Dispatch} from 'react';
import type {ArticleQuiz} from '../../../commands/quiz-article/quiz-article.js';
import type {PackEntry} from '../../../core/pack/load.js';
import type {ArticleAction, ArticleState} from './use-article-state.js';
import {errorMessage} from '../../../core/text/error-message.js';

/**
 * ink draws at most 30 frames a second, one every 34 ms: after each step's
 * name, wait a little longer than that so it is on screen before a step that
 * holds the event loop (finding facts, writing questions) begins.
 */
const frameMs = 40;

export type ArticleWork = {
	articleQuiz: ArticleQuiz;
	seed: number;
	takenIds: ReadonlySet<string>;
	onCreated: (entry: PackEntry) => void;
};

/** Runs each request the state makes (read an article, make its pack) once, and reports back in actions. */
export function useArticleWork(state: ArticleState, dispatch: Dispatch<ArticleAction>, work: ArticleWork): void {
	const latest = useRef(work);
	useLayoutEffect(() => {
		latest.current = work;
	});
	const started = useRef(0);
	const {request} = state;
	useEffect(() => {
		if (!request || started.current === request.id) return;
		started.current = request.id;
		const {articleQuiz, seed, takenIds} = latest.current;
		const onStep = async (label: string) => {
			dispatch({type: 'step', label});
			await new Promise(resolve => setTimeout(resolve, frameMs));
		};
		const crashed = (error: unknown) => dispatch({type: 'failed', problem: `something went wrong: ${errorMessage(error)}`});
		if (request.kind === 'read') {
			articleQuiz.read(request.spec, onStep).then(result => dispatch('problem' in result ? {type: 'failed', problem: result.problem} : {type: 'read', draft: result}), crashed);
		} else {
			articleQuiz.createPack(request.draft, {seed, takenIds}, onStep).then(result => {
				if ('problem' in result) dispatch({type: 'failed', problem: result.problem});
				else latest.current.onCreated(result);
			}, crashed);
		}
	}, [request, dispatch]);
}
