import {Box, Text} from 'ink';
import type {ShortQuestion} from '../../../core/pack/schema.js';
import {wrapSpans} from '../../layout/wrap.js';
import {useTheme} from '../../theme.js';
import {InputNotice, noticeHeight} from './input-notice.js';
import {fitQuestion, gap, promptSpans} from './question-layout.js';
import {QuestionPrompt} from './question-prompt.js';
import {TextField} from './text-field.js';
import type {QuestionInputProps} from './types.js';
import {clozeAnswers, clozeKeyAction, useClozeState} from './use-cloze-state.js';
import {useKeyActions} from './use-key-actions.js';
import {useSubmitWhenDone} from './use-submit-when-done.js';

/** One text field: the cloze state with a single gap, which already refuses to submit it empty. */
export function ShortInput({question, isActive, width, height, compact = false, lead, onSubmit}: QuestionInputProps<ShortQuestion>) {
	const theme = useTheme();
	const [state, dispatch] = useClozeState(1);
	useKeyActions(clozeKeyAction, dispatch, isActive);
	useSubmitWhenDone(state.submitted ? {type: 'short', text: clozeAnswers(state)[0] ?? ''} : undefined, onSubmit);
	const field = state.fields[0];

	const notice = {message: state.warning ? 'type an answer first' : undefined, warning: true, width, compact};
	const prompt = wrapSpans(promptSpans(question.prompt, theme, lead), width);
	const layout = fitQuestion({prompt, rows: [], fixed: gap(compact) + 1 + noticeHeight(notice), width, height});

	return (
		<Box flexDirection="column" width={width}>
			<QuestionPrompt lines={layout.prompt} compact={compact} />
			<Box>
				<Box flexShrink={0}>
					<Text bold color={theme.accent}>{`${theme.symbols.pointer} `}</Text>
				</Box>
				{field ? <TextField state={field} isFocused={isActive && !state.submitted} width={width - 2} /> : null}
			</Box>
			<InputNotice {...notice} />
		</Box>
	);
}
