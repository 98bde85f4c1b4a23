import {Box, Text} from 'ink';
import {useTheme} from '../../theme.js';

/** A short line under an input: what the keys do now, or why Enter did nothing. */
export function InputNotice({message, warning = false}: {message: string | undefined; warning?: boolean}) {
	const theme = useTheme();
	if (!message) return null;
	return (
		<Box marginTop={1}>
			<Text wrap="wrap" color={warning ? theme.warning : theme.muted}>
				{warning ? `! ${message}` : message}
			</Text>
		</Box>
	);
}
