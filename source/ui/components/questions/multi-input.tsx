import {useMemo} from 'react';
import {Box} from 'ink';
import type {MultiQuestion} from '../../../core/pack/schema.js';
import {useTheme} from '../../theme.js';
import {displayLine} from './display-text.js';
import {InputNotice} from './input-notice.js';
import {OptionRow} from './option-row.js';
import {QuestionPrompt} from './question-prompt.js';
import {shuffledOrder} from './shuffle.js';
import type {QuestionInputProps} from './types.js';
import {useKeyActions} from './use-key-actions.js';
import {multiKeyAction, useMultiState} from './use-multi-state.js';
import {useSubmitWhenDone} from './use-submit-when-done.js';

export function MultiInput({question, seed, isActive, width, onSubmit}: QuestionInputProps<MultiQuestion>) {
	const theme = useTheme();
	const options = useMemo(
		() => shuffledOrder(question.options.length, seed, question.id).map(index => question.options[index]!),
		[question, seed],
	);
	const lines = useMemo(() => options.map(option => displayLine(option)), [options]);
	const [state, dispatch] = useMultiState(options.length);
	useKeyActions(multiKeyAction, dispatch, isActive);
	useSubmitWhenDone(
		state.submitted ? {type: 'multi', choices: options.filter((_, position) => state.ticked[position])} : undefined,
		onSubmit,
	);

	return (
		<Box flexDirection="column" width={width}>
			<QuestionPrompt prompt={question.prompt} instruction="(choose all that apply)" />
			{lines.map((line, position) => {
				const focused = position === state.cursor;
				const box = state.ticked[position] ? theme.symbols.checked : theme.symbols.unchecked;
				return (
					<OptionRow
						key={position}
						marker={focused ? theme.symbols.pointer : ' '}
						label={`${box} ${position + 1}.`}
						text={line}
						highlighted={focused}
					/>
				);
			})}
			<InputNotice warning message={state.warning ? 'tick at least one' : undefined} />
		</Box>
	);
}
