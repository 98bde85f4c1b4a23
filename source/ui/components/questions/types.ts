import type {Question} from '../../../core/pack/schema.js';
import type {Response} from '../../../core/questions/response.js';

export type QuestionInputProps<Q extends Question> = {
	question: Q;
	/** Session seed: shuffles are reproducible within a session but differ between sessions. */
	seed: number;
	/** Only the active screen listens to keys. */
	isActive: boolean;
	/** Columns available. */
	width: number;
	/** Rows available: the prompt (and if need be the longest options) are cut to fit. Unlimited when absent. */
	height?: number;
	/** A small screen: no blank rows between the parts, shorter notices. */
	compact?: boolean;
	/** Drawn before the prompt on its first line, such as the position "3/12" when there is no header. */
	lead?: string;
	onSubmit: (response: Response) => void;
};
