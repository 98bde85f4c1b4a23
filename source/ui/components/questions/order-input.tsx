import {useMemo} from 'react';
import {Box, Text} from 'ink';
import type {OrderQuestion} from '../../../core/pack/schema.js';
import {bindings} from '../../keys.js';
import {useTheme} from '../../theme.js';
import {displayLine} from './display-text.js';
import {InputNotice} from './input-notice.js';
import {OptionRow} from './option-row.js';
import {QuestionPrompt} from './question-prompt.js';
import {shuffledAwayOrder} from './shuffle.js';
import type {QuestionInputProps} from './types.js';
import {useKeyActions} from './use-key-actions.js';
import {orderKeyAction, useOrderState} from './use-order-state.js';
import {useSubmitWhenDone} from './use-submit-when-done.js';

export function OrderInput({question, seed, isActive, width, onSubmit}: QuestionInputProps<OrderQuestion>) {
	const theme = useTheme();
	const lines = useMemo(() => question.items.map(item => displayLine(item)), [question.items]);
	const [state, dispatch] = useOrderState(() => shuffledAwayOrder(question.items.length, seed, question.id));
	useKeyActions(orderKeyAction, dispatch, isActive);
	useSubmitWhenDone(
		state.submitted ? {type: 'order', items: state.items.map(index => question.items[index]!)} : undefined,
		onSubmit,
	);

	const {toggle, up, down, confirm} = bindings;
	const hint = state.grabbed
		? `${up.label}${down.label} move the ${theme.symbols.grabbed} item · ${toggle.label} drop it`
		: `${up.label}${down.label} point · ${toggle.label} pick up · ${confirm.label} submit · top comes first`;

	return (
		<Box flexDirection="column" width={width}>
			<QuestionPrompt prompt={question.prompt} />
			{state.items.map((item, position) => {
				const focused = position === state.cursor;
				const moving = focused && state.grabbed;
				return (
					<OptionRow
						key={item}
						marker={moving ? theme.symbols.grabbed : focused ? theme.symbols.pointer : ' '}
						label={`${position + 1}.`}
						text={lines[item] ?? ''}
						highlighted={focused}
						suffix={moving ? <Text color={theme.warning}> (moving)</Text> : null}
					/>
				);
			})}
			<InputNotice message={state.submitted ? undefined : hint} />
		</Box>
	);
}
