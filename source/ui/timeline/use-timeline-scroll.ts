import type {Key} from 'ink';
import {useCallback, useLayoutEffect, useRef, useState} from 'react';
import {useKeys} from '../hooks/use-keys.js';
import {bindings} from '../keys.js';
import {scrollTimeline, type ScrollMove} from './timeline-window.js';

function scrollMove(input: string, key: Key): ScrollMove | undefined {
	if (bindings.up.matches(input, key)) return 'up';
	if (bindings.down.matches(input, key)) return 'down';
	if (bindings.pageUp.matches(input, key)) return 'pageUp';
	if (bindings.pageDown.matches(input, key)) return 'pageDown';
	return undefined;
}

/**
 * The first item in view, moved by ↑↓ PgUp PgDn. Moves are computed from the
 * previous top, not the rendered one, so keys in one burst each count.
 */
export function useTimelineScroll(heights: readonly number[], height: number, isActive: boolean): number {
	const [top, setTop] = useState(0);
	const layout = useRef({heights, height});
	useLayoutEffect(() => {
		layout.current = {heights, height};
	});
	const onKey = useCallback((input: string, key: Key) => {
		const move = scrollMove(input, key);
		if (move) setTop(current => scrollTimeline(current, move, layout.current.heights, layout.current.height));
	}, []);
	useKeys(onKey, {isActive});
	return top;
}
