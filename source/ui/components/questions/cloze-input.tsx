import {useMemo} from 'react';
import {Box, Text} from 'ink';
import {parseCloze} from '../../../core/pack/cloze.js';
import type {ClozeQuestion} from '../../../core/pack/schema.js';
import {useTheme} from '../../theme.js';
import {displayText} from './display-text.js';
import {InputNotice} from './input-notice.js';
import {QuestionPrompt} from './question-prompt.js';
import {TextField} from './text-field.js';
import type {QuestionInputProps} from './types.js';
import {clozeAnswers, clozeKeyAction, useClozeState} from './use-cloze-state.js';
import {useKeyActions} from './use-key-actions.js';
import {useSubmitWhenDone} from './use-submit-when-done.js';

export function ClozeInput({question, isActive, width, onSubmit}: QuestionInputProps<ClozeQuestion>) {
	const theme = useTheme();
	const segments = useMemo(() => parseCloze(question.text), [question.text]);
	const [state, dispatch] = useClozeState(segments.filter(segment => segment.kind === 'gap').length);
	useKeyActions(clozeKeyAction, dispatch, isActive);
	useSubmitWhenDone(state.submitted ? {type: 'cloze', gaps: clozeAnswers(state)} : undefined, onSubmit);

	return (
		<Box flexDirection="column" width={width}>
			<QuestionPrompt prompt={question.prompt} />
			<Text wrap="wrap">
				{segments.map((segment, index) => {
					if (segment.kind === 'text') return <Text key={index}>{displayText(segment.text)}</Text>;
					const active = segment.index === state.active;
					return (
						<Text key={index} bold={active} underline={active} color={active ? theme.accent : undefined}>
							{`[ ${segment.index + 1} ]`}
						</Text>
					);
				})}
			</Text>
			<Box flexDirection="column" marginTop={1}>
				{state.fields.map((field, index) => {
					const active = index === state.active;
					return (
						<Box key={index}>
							<Box flexShrink={0}>
								<Text bold={active} color={active ? theme.accent : undefined}>
									{`${active ? theme.symbols.pointer : ' '} ${index + 1}. `}
								</Text>
							</Box>
							<TextField state={field} isFocused={active && isActive && !state.submitted} />
						</Box>
					);
				})}
			</Box>
			<InputNotice warning message={state.warning ? 'fill every gap first' : undefined} />
		</Box>
	);
}
