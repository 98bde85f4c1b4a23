import {useMemo} from 'react';
import {Box} from 'ink';
import type {OrderQuestion} from '../../../core/pack/schema.js';
import {wrapSpans} from '../../layout/wrap.js';
import {bindings} from '../../keys.js';
import {useTheme, type Theme} from '../../theme.js';
import {displayLine} from './display-text.js';
import {InputNotice, noticeHeight} from './input-notice.js';
import {OptionRow, optionPrefix, rowStyle} from './option-row.js';
import {fitQuestion, gap, promptSpans} from './question-layout.js';
import {QuestionPrompt} from './question-prompt.js';
import {shuffledAwayOrder} from './shuffle.js';
import type {QuestionInputProps} from './types.js';
import {useKeyActions} from './use-key-actions.js';
import {orderKeyAction, useOrderState} from './use-order-state.js';
import {useSubmitWhenDone} from './use-submit-when-done.js';

/** What the keys do now; on a small screen only while an item is picked up, as the footer names the rest. */
function orderHint(grabbed: boolean, compact: boolean, theme: Theme): string | undefined {
	const {toggle, up, down, confirm} = bindings;
	if (grabbed) return `${up.label}${down.label} move the ${theme.symbols.grabbed} item · ${toggle.label} drop it`;
	if (compact) return undefined;
	return `${up.label}${down.label} point · ${toggle.label} pick up · ${confirm.label} submit · top comes first`;
}

export function OrderInput({question, seed, isActive, width, height, compact = false, lead, onSubmit}: QuestionInputProps<OrderQuestion>) {
	const theme = useTheme();
	const lines = useMemo(() => question.items.map(item => displayLine(item)), [question.items]);
	const [state, dispatch] = useOrderState(() => shuffledAwayOrder(question.items.length, seed, question.id));
	useKeyActions(orderKeyAction, dispatch, isActive);
	useSubmitWhenDone(
		state.submitted ? {type: 'order', items: state.items.map(index => question.items[index]!)} : undefined,
		onSubmit,
	);

	const notice = {message: state.submitted ? undefined : orderHint(state.grabbed, compact, theme), width, compact};
	const rows = state.items.map((item, position) => {
		const focused = position === state.cursor;
		const moving = focused && state.grabbed;
		return {
			prefix: optionPrefix(moving ? theme.symbols.grabbed : focused ? theme.symbols.pointer : ' ', `${position + 1}.`),
			spans: [
				{text: lines[item] ?? '', style: rowStyle(focused, theme.accent)},
				...(moving ? [{text: ' (moving)', style: {color: theme.warning}}] : []),
			],
		};
	});
	const prompt = wrapSpans(promptSpans(question.prompt, theme, lead, compact ? '(top first)' : undefined), width);
	const layout = fitQuestion({prompt, rows, fixed: gap(compact) + noticeHeight(notice), width, height});

	return (
		<Box flexDirection="column" width={width}>
			<QuestionPrompt lines={layout.prompt} compact={compact} />
			{rows.map((row, position) => (
				<OptionRow
					key={state.items[position]}
					prefix={row.prefix}
					lines={layout.rows[position] ?? []}
					highlighted={position === state.cursor}
				/>
			))}
			<InputNotice {...notice} />
		</Box>
	);
}
