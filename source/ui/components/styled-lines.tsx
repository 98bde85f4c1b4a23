import {Text} from 'ink';
import type {Line} from '../layout/wrap.js';

/**
 * Draws lines wrapped by layout/wrap.ts, one row each. They already fit, so
 * truncate-end only guards against a width we measured differently from ink.
 */
export function StyledLines({lines}: {lines: readonly Line[]}) {
	return lines.map((line, index) => (
		<Text key={index} wrap="truncate-end">
			{line.length === 0 ? ' ' : line.map((piece, position) => <Text key={position} {...piece.style}>{piece.text}</Text>)}
		</Text>
	));
}
