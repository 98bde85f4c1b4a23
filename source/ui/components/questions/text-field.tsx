import {Text} from 'ink';
import {graphemeWidth} from '../../layout/text-width.js';
import type {TextFieldState} from './use-text-field-state.js';

type Props = {state: TextFieldState; isFocused: boolean; width: number};

/**
 * Draws a field's value on one row, scrolled so the cursor stays in view; "…"
 * marks text cut off at either end. The cursor is an inverted cell, which
 * NO_COLOR leaves alone (it is not a colour).
 */
export function TextField({state, isFocused, width}: Props) {
	const chars = [...state.value];
	// Unfocused, the field shows its start; the cursor's cell is then not drawn.
	const cursor = isFocused ? state.cursor : 0;
	const {start, end} = visibleRange(chars, cursor, isFocused, Math.max(3, width));
	const before = `${start > 0 ? '…' : ''}${chars.slice(start, cursor).join('')}`;
	const after = `${chars.slice(isFocused ? cursor + 1 : cursor, end).join('')}${end < chars.length ? '…' : ''}`;
	if (!isFocused) return <Text>{before + after}</Text>;
	return (
		<Text>
			{before}
			<Text inverse>{chars[cursor] ?? ' '}</Text>
			{after}
		</Text>
	);
}

/**
 * The characters to draw, [start, end): all when they fit, else the cursor's
 * cell with as much before it, then after it, as fits beside a "…" for
 * each end cut off.
 */
function visibleRange(chars: readonly string[], cursor: number, withCursor: boolean, width: number) {
	const size = (index: number) => graphemeWidth(chars[index] ?? ' ');
	const total = chars.reduce((sum, char) => sum + graphemeWidth(char), 0) + (withCursor && cursor >= chars.length ? 1 : 0);
	if (total <= width) return {start: 0, end: chars.length};
	let start = cursor;
	let end = withCursor ? cursor + 1 : cursor;
	let used = withCursor ? size(cursor) : 0;
	const grow = (budget: number) => {
		while (start > 0 && used + size(start - 1) <= budget) used += size(--start);
		while (end < chars.length && used + size(end) <= budget) used += size(end++);
	};
	grow(width - 2);
	// An end that is not cut needs no "…": its column goes to the other side.
	if (start === 0 || end >= chars.length) grow(width - 1);
	return {start, end: Math.min(end, chars.length)};
}
