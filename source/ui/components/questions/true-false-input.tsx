import type {TrueFalseQuestion} from '../../../core/pack/schema.js';
import {bindings} from '../../keys.js';
import {SingleChoiceView} from './single-choice-view.js';
import type {QuestionInputProps} from './types.js';
import {trueFalseKeyAction, useChoiceState} from './use-choice-state.js';
import {useKeyActions} from './use-key-actions.js';
import {useSubmitWhenDone} from './use-submit-when-done.js';

// Not shuffled: True above False is what everyone expects, and there is nothing to memorise.
const options = [
	{text: `True (${bindings.answerTrue.label})`, value: true},
	{text: `False (${bindings.answerFalse.label})`, value: false},
] as const;
const labels = options.map(option => option.text);

export function TrueFalseInput({question, isActive, width, height, compact = false, lead, onSubmit}: QuestionInputProps<TrueFalseQuestion>) {
	const [state, dispatch] = useChoiceState(options.length);
	useKeyActions(trueFalseKeyAction, dispatch, isActive);
	const chosen = state.chosen === undefined ? undefined : options[state.chosen];
	useSubmitWhenDone(chosen ? {type: 'truefalse', value: chosen.value} : undefined, onSubmit);

	return (
		<SingleChoiceView
			prompt={question.prompt}
			labels={labels}
			cursor={state.cursor}
			width={width}
			height={height}
			compact={compact}
			lead={lead}
		/>
	);
}
