import {Box, Text} from 'ink';
import {useTheme} from '../../theme.js';
import {displayText} from './display-text.js';

type Props = {
	prompt: string;
	/** A fixed instruction after the prompt, e.g. "(choose all that apply)". */
	instruction?: string;
};

export function QuestionPrompt({prompt, instruction}: Props) {
	const theme = useTheme();
	return (
		<Box marginBottom={1}>
			<Text wrap="wrap">
				<Text bold>{displayText(prompt)}</Text>
				{instruction ? <Text color={theme.muted}> {instruction}</Text> : null}
			</Text>
		</Box>
	);
}
