import type {ReactNode} from 'react';
import {Box, Text} from 'ink';
import {useTheme} from '../../theme.js';

type Props = {
	/** The pointer column: the theme's pointer, grabbed symbol, or a space. */
	marker: string;
	/** What names the row, such as "1.", "[x] 2." or "a)". */
	label: string;
	/** Already passed through displayLine. */
	text: string;
	highlighted: boolean;
	suffix?: ReactNode;
};

/** One row of a list: a fixed prefix, then text that wraps under itself rather than under the prefix. */
export function OptionRow({marker, label, text, highlighted, suffix}: Props) {
	const theme = useTheme();
	const color = highlighted ? theme.accent : undefined;
	return (
		<Box>
			<Box flexShrink={0}>
				<Text color={color} bold={highlighted}>{`${marker} ${label} `}</Text>
			</Box>
			<Text wrap="wrap">
				<Text color={color} bold={highlighted}>{text}</Text>
				{suffix}
			</Text>
		</Box>
	);
}
