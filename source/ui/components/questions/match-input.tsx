import {useMemo} from 'react';
import {Box} from 'ink';
import type {MatchQuestion} from '../../../core/pack/schema.js';
import {wrapSpans} from '../../layout/wrap.js';
import {useTheme} from '../../theme.js';
import {displayLine} from './display-text.js';
import {InputNotice, noticeHeight} from './input-notice.js';
import {OptionRow, optionPrefix, rowStyle} from './option-row.js';
import {fitQuestion, gap, promptSpans} from './question-layout.js';
import {QuestionPrompt} from './question-prompt.js';
import {shuffledAwayOrder} from './shuffle.js';
import type {QuestionInputProps} from './types.js';
import {useKeyActions} from './use-key-actions.js';
import {matchKeyAction, useMatchState} from './use-match-state.js';
import type {MatchState} from './use-match-state.js';
import {useSubmitWhenDone} from './use-submit-when-done.js';

const letter = (position: number) => String.fromCharCode(97 + position);

function toPairs(state: MatchState, lefts: readonly string[], rights: readonly string[]): Record<string, string> {
	const pairs: Record<string, string> = {};
	for (const [left, text] of lefts.entries()) {
		const right = rights[state.pairs[left] ?? -1];
		if (right !== undefined) pairs[text] = right;
	}
	return pairs;
}

export function MatchInput({question, seed, isActive, width, height, compact = false, lead, onSubmit}: QuestionInputProps<MatchQuestion>) {
	const theme = useTheme();
	const lefts = useMemo(() => question.pairs.map(pair => pair.left), [question.pairs]);
	// Never in the given order, or 1→a, 2→b… would give the answer away.
	const rights = useMemo(
		() => shuffledAwayOrder(question.pairs.length, seed, question.id).map(index => question.pairs[index]!.right),
		[question, seed],
	);
	const leftLines = useMemo(() => lefts.map(text => displayLine(text)), [lefts]);
	const rightLines = useMemo(() => rights.map(text => displayLine(text)), [rights]);
	const [state, dispatch] = useMatchState(lefts.length);
	useKeyActions(matchKeyAction, dispatch, isActive);
	useSubmitWhenDone(state.submitted ? {type: 'match', pairs: toPairs(state, lefts, rights)} : undefined, onSubmit);

	const notice = {message: state.warning ? 'pair every item first' : undefined, warning: true, width, compact};
	const leftRows = leftLines.map((line, left) => {
		const focused = left === state.cursor;
		const right = state.pairs[left];
		// On a small screen the letter alone: the list below already shows its text.
		const pairing = right === undefined ? '?' : compact ? `${letter(right)})` : `${letter(right)}) ${rightLines[right] ?? ''}`;
		return {
			prefix: optionPrefix(focused ? theme.symbols.pointer : ' ', `${left + 1}.`),
			spans: [{text: `${line} ${theme.symbols.arrow} ${pairing}`, style: rowStyle(focused, theme.accent)}],
		};
	});
	const rightRows = rightLines.map((line, right) => {
		const left = state.pairs.indexOf(right);
		// On a small screen "← 2" would be the first thing cut, and the list above says it.
		const taken = left === -1 || compact ? [] : [{text: ` ← ${left + 1}`, style: {color: theme.muted}}];
		return {prefix: optionPrefix(' ', `${letter(right)})`), spans: [{text: line}, ...taken]};
	});
	const prompt = wrapSpans(promptSpans(question.prompt, theme, lead), width);
	const fixed = gap(compact) * 2 + noticeHeight(notice);
	const layout = fitQuestion({prompt, rows: [...leftRows, ...rightRows], fixed, width, height});

	return (
		<Box flexDirection="column" width={width}>
			<QuestionPrompt lines={layout.prompt} compact={compact} />
			{leftRows.map((row, left) => (
				<OptionRow key={left} prefix={row.prefix} lines={layout.rows[left] ?? []} highlighted={left === state.cursor} />
			))}
			<Box flexDirection="column" marginTop={gap(compact)}>
				{rightRows.map((row, right) => (
					<OptionRow key={right} prefix={row.prefix} lines={layout.rows[leftRows.length + right] ?? []} highlighted={false} />
				))}
			</Box>
			<InputNotice {...notice} />
		</Box>
	);
}
