import {useMemo} from 'react';
import {Box, Text} from 'ink';
import type {MatchQuestion} from '../../../core/pack/schema.js';
import {useTheme} from '../../theme.js';
import {displayLine} from './display-text.js';
import {InputNotice} from './input-notice.js';
import {OptionRow} from './option-row.js';
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

export function MatchInput({question, seed, isActive, width, onSubmit}: QuestionInputProps<MatchQuestion>) {
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

	return (
		<Box flexDirection="column" width={width}>
			<QuestionPrompt prompt={question.prompt} />
			{leftLines.map((line, left) => {
				const focused = left === state.cursor;
				const right = state.pairs[left];
				const pairing = right === undefined ? '?' : `${letter(right)}) ${rightLines[right] ?? ''}`;
				return (
					<OptionRow
						key={left}
						marker={focused ? theme.symbols.pointer : ' '}
						label={`${left + 1}.`}
						text={`${line} ${theme.symbols.arrow} ${pairing}`}
						highlighted={focused}
					/>
				);
			})}
			<Box flexDirection="column" marginTop={1}>
				{rightLines.map((line, right) => {
					const left = state.pairs.indexOf(right);
					return (
						<OptionRow
							key={right}
							marker=" "
							label={`${letter(right)})`}
							text={line}
							highlighted={false}
							suffix={left === -1 ? null : <Text color={theme.muted}>{` ← ${left + 1}`}</Text>}
						/>
					);
				})}
			</Box>
			<InputNotice warning message={state.warning ? 'pair every item first' : undefined} />
		</Box>
	);
}
