import {Box} from 'ink';
import type {TrueFalseQuestion} from '../../../core/pack/schema.js';
import {wrapSpans} from '../../layout/wrap.js';
import {bindings} from '../../keys.js';
import {useTheme} from '../../theme.js';
import {OptionRow, optionPrefix, rowStyle} from './option-row.js';
import {fitQuestion, gap, promptSpans} from './question-layout.js';
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

export function TrueFalseInput({question, isActive, width, height, compact = false, lead, onSubmit}: QuestionInputProps<TrueFalseQuestion>) {
	const theme = useTheme();
	const [state, dispatch] = useChoiceState(options.length);
	useKeyActions(trueFalseKeyAction, dispatch, isActive);
	const chosen = state.chosen === undefined ? undefined : options[state.chosen];
	useSubmitWhenDone(chosen ? {type: 'truefalse', value: chosen.value} : undefined, onSubmit);

	const rows = options.map((option, position) => {
		const focused = position === state.cursor;
		return {
			prefix: optionPrefix(focused ? theme.symbols.pointer : ' ', `${position + 1}.`),
			spans: [{text: option.text, style: rowStyle(focused, theme.accent)}],
		};
	});
	const prompt = wrapSpans(promptSpans(question.prompt, theme, lead), width);
	const layout = fitQuestion({prompt, rows, fixed: gap(compact), width, height});

	return (
		<Box flexDirection="column" width={width}>
			<QuestionPrompt lines={layout.prompt} compact={compact} />
			{rows.map((row, position) => (
				<OptionRow key={position} prefix={row.prefix} lines={layout.rows[position] ?? []} highlighted={position === state.cursor} />
			))}
		</Box>
	);
}
