/** What a learner gave for one question, by question type. */
export type Response =
	| {type: 'choice'; choice: string}
	| {type: 'multi'; choices: string[]}
	| {type: 'truefalse'; value: boolean}
	| {type: 'cloze'; gaps: string[]}
	| {type: 'short'; text: string}
	| {type: 'order'; items: string[]}
	| {type: 'match'; pairs: Record<string, string>};

export type Grade = {
	correct: boolean;
	/** The right answer, as a line the learner can read. */
	expected: string;
	/** What the learner gave, as a line. */
	given: string;
	/** For typed answers accepted with a small typo: the spelling we expected. */
	note?: string;
};
