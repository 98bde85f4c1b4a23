import {useCallback} from 'react';
import type {Dispatch} from 'react';
import type {Key} from 'ink';
import {useKeys} from '../../hooks/use-keys.js';

/**
 * Binds keys to reducer actions. `toAction` is a module-level function, so
 * the handler never closes over state: keys that arrive in one chunk (a
 * burst of arrows, then Enter) each see the state the previous one left,
 * and the listener is not re-attached on every render.
 */
export function useKeyActions<A>(
	toAction: (input: string, key: Key) => A | undefined,
	dispatch: Dispatch<A>,
	isActive: boolean,
): void {
	const handler = useCallback(
		(input: string, key: Key) => {
			const action = toAction(input, key);
			if (action !== undefined) dispatch(action);
		},
		[toAction, dispatch],
	);
	useKeys(handler, {isActive});
}
