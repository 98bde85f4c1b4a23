import {useLayoutEffect, useRef} from 'react';
import type {Response} from '../../../core/questions/response.js';

/**
 * Reducers mark themselves done and ignore keys after that; this hands the
 * response to the parent exactly once, even if the parent passes a new
 * `onSubmit` on every render. A layout effect, not a passive one: the parent
 * hears of the answer in the same commit that drew it, not in a later task,
 * so a key typed right behind it (Ctrl+S, PgDn) has less chance to meet the
 * screen before the answer.
 */
export function useSubmitWhenDone(response: Response | undefined, onSubmit: (response: Response) => void): void {
	const sent = useRef(false);
	useLayoutEffect(() => {
		if (!response || sent.current) return;
		sent.current = true;
		onSubmit(response);
	}, [response, onSubmit]);
}
