import {useEffect, useRef} from 'react';
import type {Response} from '../../../core/questions/response.js';

/**
 * Reducers mark themselves done and ignore keys after that; this hands the
 * response to the parent exactly once, even if the parent passes a new
 * `onSubmit` on every render.
 */
export function useSubmitWhenDone(response: Response | undefined, onSubmit: (response: Response) => void): void {
	const sent = useRef(false);
	useEffect(() => {
		if (!response || sent.current) return;
		sent.current = true;
		onSubmit(response);
	}, [response, onSubmit]);
}
