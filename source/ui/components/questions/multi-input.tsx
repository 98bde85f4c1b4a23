import {useMemo} from 'react';
import {Box} from 'ink';
import type {MultiQuestion} from '../../../core/pack/schema.js';
import {wrapSpans} from '../../layout/wrap.js';
import {useTheme} from '../../theme.js';
import {displayLine} from './display-text.js';
import {InputNotice, noticeHeight} from './input-notice.js';
import {OptionRow, optionPrefix, rowStyle} from './option-row.js';
import {fitQuestion, gap, promptSpans} from './question-layout.js';
import {QuestionPrompt} from './question-prompt.js';
import {shuffledOrder} from './shuffle.js';
import type {QuestionInputProps} from './types.js';
import {useKeyActions} from './use-key-actions.js';
import {multiKeyAction, useMultiState} from './use-multi-state.js';
import {useSubmitWhenDone} from './use-submit-when-done.js';

export function MultiInput({question, seed, isActive, width, height, compact = false, lead, onSubmit}: QuestionInputProps<MultiQuestion>) {
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

	const notice = {message: state.warning ? 'tick at least one' : undefined, warning: true, width, compact};
	const rows = lines.map((line, position) => {
		const focused = position === state.cursor;
		const box = state.ticked[position] ? theme.symbols.checked : theme.symbols.unchecked;
		return {
			prefix: optionPrefix(focused ? theme.symbols.pointer : ' ', `${box} ${position + 1}.`),
			spans: [{text: line, style: rowStyle(focused, theme.accent)}],
		};
	});
	const prompt = wrapSpans(promptSpans(question.prompt, theme, lead, '(choose all that apply)'), width);
	const layout = fitQuestion({prompt, rows, fixed: gap(compact) + noticeHeight(notice), width, height});

	return (
		<Box flexDirection="column" width={width}>
			<QuestionPrompt lines={layout.prompt} compact={compact} />
			{rows.map((row, position) => (
				<OptionRow key={position} prefix={row.prefix} lines={layout.rows[position] ?? []} highlighted={position === state.cursor} />
			))}
			<InputNotice {...notice} />
		</Box>
	);
}
