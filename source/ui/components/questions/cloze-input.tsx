import {useMemo} from 'react';
import {Box, Text} from 'ink';
import {parseCloze} from '../../../core/pack/cloze.js';
import type {ClozeQuestion} from '../../../core/pack/schema.js';
import {wrapSpans, type Span} from '../../layout/wrap.js';
import {useTheme} from '../../theme.js';
import {displayText} from './display-text.js';
import {InputNotice, noticeHeight} from './input-notice.js';
import {fitQuestion, gap, promptSpans} from './question-layout.js';
import {QuestionPrompt} from './question-prompt.js';
import {TextField} from './text-field.js';
import type {QuestionInputProps} from './types.js';
import {clozeAnswers, clozeKeyAction, useClozeState} from './use-cloze-state.js';
import {useKeyActions} from './use-key-actions.js';
import {useSubmitWhenDone} from './use-submit-when-done.js';

export function ClozeInput({question, isActive, width, height, compact = false, lead, onSubmit}: QuestionInputProps<ClozeQuestion>) {
	const theme = useTheme();
	const segments = useMemo(() => parseCloze(question.text), [question.text]);
	const [state, dispatch] = useClozeState(segments.filter(segment => segment.kind === 'gap').length);
	useKeyActions(clozeKeyAction, dispatch, isActive);
	useSubmitWhenDone(state.submitted ? {type: 'cloze', gaps: clozeAnswers(state)} : undefined, onSubmit);

	// "[1]" has no space inside, so it never breaks across lines.
	const sentence: Span[] = segments.map(segment => {
		if (segment.kind === 'text') return {text: displayText(segment.text)};
		const active = segment.index === state.active;
		return {text: `[${segment.index + 1}]`, style: active ? {bold: true, underline: true, color: theme.accent} : undefined};
	});
	const notice = {message: state.warning ? 'fill every gap first' : undefined, warning: true, width, compact};
	const prompt = [
		...wrapSpans(promptSpans(question.prompt, theme, lead), width),
		...(compact ? [] : [[]]),
		...wrapSpans(sentence, width),
	];
	const fixed = gap(compact) + state.fields.length + noticeHeight(notice);
	const layout = fitQuestion({prompt, rows: [], fixed, width, height});

	return (
		<Box flexDirection="column" width={width}>
			<QuestionPrompt lines={layout.prompt} compact={compact} />
			{state.fields.map((field, index) => {
				const active = index === state.active;
				const prefix = `${active ? theme.symbols.pointer : ' '} ${index + 1}. `;
				return (
					<Box key={index}>
						<Box flexShrink={0}>
							<Text bold={active} color={active ? theme.accent : undefined}>
								{prefix}
							</Text>
						</Box>
						<TextField state={field} isFocused={active && isActive && !state.submitted} width={width - prefix.length} />
					</Box>
				);
			})}
			<InputNotice {...notice} />
		</Box>
	);
}
