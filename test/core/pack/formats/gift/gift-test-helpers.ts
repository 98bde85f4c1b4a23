import {readFileSync} from 'node:fs';
import type {ExecutionContext} from 'ava';
import {type Pack, packSchema, type Question, questionSchema} from '../../../../../source/core/pack/schema.js';

const fixtures = new URL('../../../../fixtures/gift/', import.meta.url);

export function giftFixture(name: string): string {
	return readFileSync(new URL(name, fixtures), 'utf8');
}

export const fixtureNames = ['every-feature.gift', 'with-errors.gift', 'escapes.gift', 'html.gift', 'moodle-export.gift'];

/** Every question passes the pack schema unchanged (defaults already filled in). */
export function assertValidQuestions(t: ExecutionContext, questions: readonly Question[]): void {
	for (const question of questions) {
		const checked = questionSchema.safeParse(question);
		t.true(checked.success, `${question.id}: ${checked.success ? '' : checked.error.message}`);
		if (checked.success) t.deepEqual(checked.data, question);
	}
	t.is(new Set(questions.map(question => question.id)).size, questions.length, 'ids are unique');
}

/** A pack around some questions, as the CLI would make one from an import. */
export function packOf(questions: unknown[], id = 'sample'): Pack {
	return packSchema.parse({format: 'factdrill/pack@1', id, title: 'Sample questions', questions});
}
