import type {z} from 'zod';
import {packErrorMap} from '../../core/pack/issue-messages.js';
import {lintPackData} from '../../core/pack/lint-rules.js';
import {packSchema, type Fact, type Source} from '../../core/pack/schema.js';

/** What an input prompt's `validate` returns: true, or the message shown under the field. */
export type Check = (value: string) => true | string;

/** What a question is checked against: the pack it goes into. */
export type PackContext = {sources: readonly Source[]; facts: readonly Fact[]};

/** The schema's own verdict on one value, worded as `factdrill lint` words it. */
export function schemaCheck(schema: z.ZodType, value: unknown): true | string {
	const result = schema.safeParse(value, {error: packErrorMap});
	return result.success ? true : (result.error.issues[0]?.message ?? 'not valid');
}

/**
 * The lint rules' verdict on a question as far as it is written: duplicate
 * options, items or pairs, a cloze without gaps, an unknown source. The
 * rules read plain data, so a half-written question is checked as it grows;
 * warnings (no evidence yet, no explanation yet) are not errors here.
 */
export function lintCheck(question: Record<string, unknown>, context: PackContext): true | string {
	const data = {sources: context.sources, facts: context.facts, questions: [question]};
	const error = lintPackData(data, () => ({line: 1, column: 1}), 'new question').find(diagnostic => diagnostic.severity === 'error');
	return error ? error.message.replace(/^questions\[0\](?: \(id "[^"]*"\))?: /, '') : true;
}

/** A field that must be filled in, checked by its schema. */
export function required(schema: z.ZodType): Check {
	return value => schemaCheck(schema, value.trim());
}

/** A field that may be left empty; what is typed is checked by its schema. */
export function optional(schema: z.ZodType): Check {
	return value => (value.trim() === '' ? true : schemaCheck(schema, value.trim()));
}

const idSchema = packSchema.shape.id;

/** An id: the schema's pattern, and not one the pack already uses. */
export function idCheck(taken: ReadonlySet<string>, noun: string): Check {
	return value => {
		const id = value.trim();
		const valid = schemaCheck(idSchema, id);
		if (valid !== true) return valid;
		return taken.has(id) ? `${noun} id "${id}" is already used in this pack; choose another` : true;
	};
}

/** Both checks in turn; the first message wins. */
export function both(first: Check, second: Check): Check {
	return value => {
		const result = first(value);
		return result === true ? second(value) : result;
	};
}

/** "a, b ,c" → ["a", "b", "c"]: empty entries and repeats dropped. */
export function splitList(value: string): string[] {
	return [...new Set(value.split(',').map(part => part.trim()).filter(part => part !== ''))];
}
