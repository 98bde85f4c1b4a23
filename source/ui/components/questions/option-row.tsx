import {Box, Text} from 'ink';
import type {Line, Style} from '../../layout/wrap.js';
import {useTheme} from '../../theme.js';
import {StyledLines} from '../styled-lines.js';

type Props = {
	/** From optionPrefix. */
	prefix: string;
	/** The row's text, wrapped by fitQuestion to the width left after the prefix. */
	lines: readonly Line[];
	highlighted: boolean;
};

/**
 * The prefix of a list row: the pointer column (the theme's pointer, the
 * grabbed symbol or a space), then what names the row, such as "1.",
 * "[x] 2." or "a)".
 */
export function optionPrefix(marker: string, label: string): string {
	return `${marker} ${label} `;
}

/** How a row's own text looks: the pointed-at row stands out by colour and weight (the pointer says it too). */
export function rowStyle(highlighted: boolean, accent: string | undefined): Style | undefined {
	return highlighted ? {bold: true, color: accent} : undefined;
}

/** One row of a list: a fixed prefix, then text that wraps under itself rather than under the prefix. */
export function OptionRow({prefix, lines, highlighted}: Props) {
	const theme = useTheme();
	return (
		<Box>
			<Box flexShrink={0}>
				<Text {...rowStyle(highlighted, theme.accent)}>{prefix}</Text>
			</Box>
			<Box flexDirection="column">
				<StyledLines lines={lines} />
			</Box>
		</Box>
	);
}
