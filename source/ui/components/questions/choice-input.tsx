import {useMemo} from 'react';
import {Box} from 'ink';
import type {ChoiceQuestion} from '../../../core/pack/schema.js';
import {useTheme} from '../../theme.js';
import {displayLine} from './display-text.js';
import {OptionRow} from './option-row.js';
import {QuestionPrompt} from './question-prompt.js';
import {shuffledOrder} from './shuffle.js';
import type {QuestionInputProps} from './types.js';
import {choiceKeyAction, useChoiceState} from './use-choice-state.js';
import {useKeyActions} from './use-key-actions.js';
import {useSubmitWhenDone} from './use-submit-when-done.js';

export function ChoiceInput({question, seed, isActive, width, onSubmit}: QuestionInputProps<ChoiceQuestion>) {
	const theme = useTheme();
	const options = useMemo(
		() => shuffledOrder(question.options.length, seed, question.id).map(index => question.options[index]!),
		[question, seed],
	);
	const lines = useMemo(() => options.map(option => displayLine(option)), [options]);
	const [state, dispatch] = useChoiceState(options.length);
	useKeyActions(choiceKeyAction, dispatch, isActive);
	const choice = state.chosen === undefined ? undefined : options[state.chosen];
	useSubmitWhenDone(choice === undefined ? undefined : {type: 'choice', choice}, onSubmit);

	return (
		<Box flexDirection="column" width={width}>
			<QuestionPrompt prompt={question.prompt} />
			{lines.map((line, position) => {
				const focused = position === state.cursor;
				return (
					<OptionRow
						key={position}
						marker={focused ? theme.symbols.pointer : ' '}
						label={`${position + 1}.`}
						text={line}
						highlighted={focused}
					/>
				);
			})}
		</Box>
	);
}
