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
	onSubmit: (response: Response) => void;
};
