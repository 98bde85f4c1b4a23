import type {Question} from '../../../core/pack/schema.js';
import {ChoiceInput} from './choice-input.js';
import {ClozeInput} from './cloze-input.js';
import {MatchInput} from './match-input.js';
import {MultiInput} from './multi-input.js';
import {OrderInput} from './order-input.js';
import {ShortInput} from './short-input.js';
import {TrueFalseInput} from './true-false-input.js';
import type {QuestionInputProps} from './types.js';

/** The input for any question. A new question or seed remounts it, so no state carries over. */
export function QuestionInput({question, ...props}: QuestionInputProps<Question>) {
	const key = `${props.seed}:${question.id}`;
	switch (question.type) {
		case 'choice': {
			return <ChoiceInput key={key} question={question} {...props} />;
		}
		case 'multi': {
			return <MultiInput key={key} question={question} {...props} />;
		}
		case 'truefalse': {
			return <TrueFalseInput key={key} question={question} {...props} />;
		}
		case 'cloze': {
			return <ClozeInput key={key} question={question} {...props} />;
		}
		case 'short': {
			return <ShortInput key={key} question={question} {...props} />;
		}
		case 'order': {
			return <OrderInput key={key} question={question} {...props} />;
		}
		case 'match': {
			return <MatchInput key={key} question={question} {...props} />;
		}
	}
}
