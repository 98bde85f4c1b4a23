import test from 'ava';
import {listLimits} from '../../../source/commands/author/question-types.js';
import {choiceQuestionSchema, matchQuestionSchema, multiQuestionSchema, orderQuestionSchema} from '../../../source/core/pack/schema.js';

const lists = {
	choice: (count: number) => choiceQuestionSchema.shape.options.safeParse(Array.from({length: count}, (_, index) => `option ${index}`)).success,
	multi: (count: number) => multiQuestionSchema.shape.options.safeParse(Array.from({length: count}, (_, index) => `option ${index}`)).success,
	order: (count: number) => orderQuestionSchema.shape.items.safeParse(Array.from({length: count}, (_, index) => `item ${index}`)).success,
	match: (count: number) => matchQuestionSchema.shape.pairs.safeParse(Array.from({length: count}, (_, index) => ({left: `l${index}`, right: `r${index}`}))).success,
};

test('the wizard asks for as many options, items and pairs as the schema allows, no more, no fewer', t => {
	for (const [type, accepts] of Object.entries(lists)) {
		const {min, max} = listLimits[type as keyof typeof listLimits];
		t.true(accepts(min), `${type} takes ${min}`);
		t.false(accepts(min - 1), `${type} needs ${min}`);
		t.true(accepts(max), `${type} takes ${max}`);
		t.false(accepts(max + 1), `${type} takes at most ${max}`);
	}
});
