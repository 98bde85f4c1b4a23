import {Box} from 'ink';
import type {TrueFalseQuestion} from '../../../core/pack/schema.js';
import {bindings} from '../../keys.js';
import {useTheme} from '../../theme.js';
import {OptionRow} from './option-row.js';
import {QuestionPrompt} from './question-prompt.js';
import type {QuestionInputProps} from './types.js';
import {trueFalseKeyAction, useChoiceState} from './use-choice-state.js';
import {useKeyActions} from './use-key-actions.js';
import {useSubmitWhenDone} from './use-submit-when-done.js';

// Not shuffled: True above False is what everyone expects, and there is nothing to memorise.
const options = [
	{text: `True (${bindings.answerTrue.label})`, value: true},
	{text: `False (${bindings.answerFalse.label})`, value: false},
] as const;

export function TrueFalseInput({question, isActive, width, onSubmit}: QuestionInputProps<TrueFalseQuestion>) {
	const theme = useTheme();
	const [state, dispatch] = useChoiceState(options.length);
	useKeyActions(trueFalseKeyAction, dispatch, isActive);
	const chosen = state.chosen === undefined ? undefined : options[state.chosen];
	useSubmitWhenDone(chosen ? {type: 'truefalse', value: chosen.value} : undefined, onSubmit);

	return (
		<Box flexDirection="column" width={width}>
			<QuestionPrompt prompt={question.prompt} />
			{options.map((option, position) => {
				const focused = position === state.cursor;
				return (
					<OptionRow
						key={option.text}
						marker={focused ? theme.symbols.pointer : ' '}
						label={`${position + 1}.`}
						text={option.text}
						highlighted={focused}
					/>
				);
			})}
		</Box>
	);
}
