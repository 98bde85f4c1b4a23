import {Box, Text} from 'ink';
import {useTheme} from '../theme.js';

/** The key hints at the bottom of every screen, wrapped to the width. */
export function Footer({hints, width}: {hints: readonly string[]; width: number}) {
	const theme = useTheme();
	return (
		<Box width={width} marginTop={1}>
			<Text color={theme.muted} wrap="wrap">
				{hints.join(' · ')}
			</Text>
		</Box>
	);
}
