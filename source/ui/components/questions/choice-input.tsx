import {useMemo} from 'react';
import type {ChoiceQuestion} from '../../../core/pack/schema.js';
import {displayLine} from './display-text.js';
import {shuffledOrder} from './shuffle.js';
import {SingleChoiceView} from './single-choice-view.js';
import type {QuestionInputProps} from './types.js';
import {choiceKeyAction, useChoiceState} from './use-choice-state.js';
import {useKeyActions} from './use-key-actions.js';
import {useSubmitWhenDone} from './use-submit-when-done.js';

export function ChoiceInput({question, seed, isActive, width, height, compact = false, lead, onSubmit}: QuestionInputProps<ChoiceQuestion>) {
	const options = useMemo(
		() => shuffledOrder(question.options.length, seed, question.id).map(index => question.options[index]!),
		[question, seed],
	);
	const lines = useMemo(() => options.map(option => displayLine(option)), [options]);
	const [state, dispatch] = useChoiceState(options.length);
	useKeyActions(choiceKeyAction, dispatch, isActive);
	const choice = state.chosen === undefined ? undefined : options[state.chosen];
	useSubmitWhenDone(choice === undefined ? undefined : {type: 'choice', choice}, onSubmit);

	return (
		<SingleChoiceView
			prompt={question.prompt}
			labels={lines}
			cursor={state.cursor}
			width={width}
			height={height}
			compact={compact}
			lead={lead}
		/>
	);
}
