import {useMemo} from 'react';
import {Box} from 'ink';
import type {ChoiceQuestion} from '../../../core/pack/schema.js';
import {wrapSpans} from '../../layout/wrap.js';
import {useTheme} from '../../theme.js';
import {displayLine} from './display-text.js';
import {OptionRow, optionPrefix, rowStyle} from './option-row.js';
import {fitQuestion, gap, promptSpans} from './question-layout.js';
import {QuestionPrompt} from './question-prompt.js';
import {shuffledOrder} from './shuffle.js';
import type {QuestionInputProps} from './types.js';
import {choiceKeyAction, useChoiceState} from './use-choice-state.js';
import {useKeyActions} from './use-key-actions.js';
import {useSubmitWhenDone} from './use-submit-when-done.js';

export function ChoiceInput({question, seed, isActive, width, height, compact = false, lead, onSubmit}: QuestionInputProps<ChoiceQuestion>) {
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

	const rows = lines.map((line, position) => {
		const focused = position === state.cursor;
		return {
			prefix: optionPrefix(focused ? theme.symbols.pointer : ' ', `${position + 1}.`),
			spans: [{text: line, style: rowStyle(focused, theme.accent)}],
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
