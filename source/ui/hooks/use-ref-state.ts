import {useRef, useState} from 'react';

/**
 * State that key handlers read through a ref: ink re-attaches a handler only
 * after a render's effects run, so keys arriving in one burst would see a
 * stale value.
 */
export function useRefState<T>(initial: T): [T, (next: T) => void, {readonly current: T}] {
	const ref = useRef(initial);
	const [value, setValue] = useState(initial);
	const set = (next: T) => {
		ref.current = next;
		setValue(next);
	};
	return [value, set, ref];
}
