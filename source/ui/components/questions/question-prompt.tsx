import {Box} from 'ink';
import type {Line} from '../../layout/wrap.js';
import {StyledLines} from '../styled-lines.js';
import {gap} from './question-layout.js';

/** The prompt, wrapped and fitted by fitQuestion; see promptSpans. */
export function QuestionPrompt({lines, compact}: {lines: readonly Line[]; compact: boolean}) {
	return (
		<Box flexDirection="column" marginBottom={gap(compact)}>
			<StyledLines lines={lines} />
		</Box>
	);
}
