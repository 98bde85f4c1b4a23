import type {z} from 'zod';
import {packFormat} from './schema.js';
import type {DataPath} from './yaml-location.js';
import {quote} from './diagnostic.js';
import {isRecord} from '../is-record.js';

/**
 * Turns zod's issues into sentences a pack author understands. Zod's default
 * messages ("Too big: expected array to have <=6 items") name types, not the
 * pack's words, and never show both limits; the per-parse error map sees the
 * offending input and the schema, so it can say "expected 2–6 options, got 7".
 * Messages the schema sets itself ("must not be empty") win over this map.
 */
export const packErrorMap: z.core.$ZodErrorMap = issue => {
	const path: DataPath = (issue.path ?? []).filter(segment => typeof segment !== 'symbol');
	const key = path.at(-1);
	const isMissing = issue.input === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_value');
	if (isMissing && typeof key === 'string') {
		return missingKeyMessage(key);
	}
	switch (issue.code) {
		case 'invalid_type': {
			return `expected ${expectedNames[issue.expected] ?? issue.expected}, got ${describeValue(issue.input)}${quoteHint(issue.expected, issue.input)}`;
		}
		case 'too_small':
		case 'too_big': {
			return sizeMessage(issue, key);
		}
		case 'invalid_value': {
			if (path.length === 1 && key === 'format') return formatMessage(issue.input);
			return `expected ${issue.values.map(value => quote(String(value))).join(' or ')}, got ${describeValue(issue.input)}`;
		}
		case 'invalid_union': {
			const {discriminator, options} = issue;
			if (typeof discriminator !== 'string' || !Array.isArray(options)) return undefined;
			// The issue's input is the whole mapping; its path already ends in the discriminator key.
			const value = isRecord(issue.input) ? issue.input[discriminator] : undefined;
			const expected = `(expected one of: ${options.join(', ')})`;
			if (value === undefined) return `missing "${discriminator}" ${expected}`;
			return `unknown ${kindOf(path)} ${discriminator} ${describeValue(value)} ${expected}`;
		}
		case 'invalid_format': {
			if (issue.format === 'url') return `expected a web address such as https://example.org/news/story, got ${describeValue(issue.input)}`;
			return undefined;
		}
		default: {
			return undefined;
		}
	}
};

const expectedNames: Record<string, string> = {
	string: 'text',
	number: 'a number',
	int: 'a whole number',
	boolean: 'true or false',
	array: 'a list',
	object: 'a mapping (key: value lines)',
};

function missingKeyMessage(key: string): string {
	if (key === 'format') return `missing "format": a pack starts with the line "format: ${packFormat}"`;
	return `missing required key "${key}"`;
}

function formatMessage(input: unknown): string {
	const version = typeof input === 'string' ? /^factdrill\/pack@(\d+)$/.exec(input)?.[1] : undefined;
	const hint =
		version !== undefined && Number(version) > 1
			? 'this pack was written for a newer factdrill; update factdrill to read it'
			: `a pack starts with the line "format: ${packFormat}"`;
	return `expected "${packFormat}", got ${describeValue(input)} (${hint})`;
}

type SizeIssue = Extract<z.core.$ZodRawIssue, {code: 'too_small' | 'too_big'}>;

function sizeMessage(issue: SizeIssue, key: string | number | undefined): string | undefined {
	const {min, max} = bounds(issue.schema);
	if (issue.origin === 'array' && Array.isArray(issue.input)) {
		const noun = typeof key === 'string' ? key : 'items';
		const count = issue.input.length;
		return `expected ${range(min, max)} ${plural(noun, max ?? min ?? 2)}, got ${count === 0 ? 'none' : count}`;
	}
	if (issue.origin === 'string' && typeof issue.input === 'string') {
		return `expected ${range(min, max)} characters, got ${issue.input.length}`;
	}
	if (issue.origin === 'number') return `expected a number ${numberRange(min, max)}, got ${describeValue(issue.input)}`;
	return undefined;
}

function range(min: number | undefined, max: number | undefined): string {
	if (min !== undefined && max !== undefined) return min === max ? `exactly ${min}` : `${min}–${max}`;
	if (min !== undefined) return `at least ${min}`;
	return `at most ${max ?? 0}`;
}

function numberRange(min: number | undefined, max: number | undefined): string {
	if (min !== undefined && max !== undefined) return `from ${min} to ${max}`;
	if (min !== undefined) return `of at least ${min}`;
	return `of at most ${max ?? 0}`;
}

// Only the limit that was broken travels on the issue; the other sits on the schema's checks.
function bounds(schema: z.core.$ZodType | undefined): {min?: number; max?: number} {
	const checks = (schema?._zod.def as {checks?: z.core.$ZodCheck[]} | undefined)?.checks ?? [];
	const result: {min?: number; max?: number} = {};
	for (const check of checks) {
		const def = check._zod.def as {check: string; minimum?: number; maximum?: number; value?: unknown};
		if (def.check === 'min_length' && def.minimum !== undefined) result.min = def.minimum;
		if (def.check === 'max_length' && def.maximum !== undefined) result.max = def.maximum;
		if (def.check === 'greater_than' && typeof def.value === 'number') result.min = def.value;
		if (def.check === 'less_than' && typeof def.value === 'number') result.max = def.value;
	}
	return result;
}

function plural(noun: string, count: number): string {
	return count === 1 && noun.endsWith('s') ? noun.slice(0, -1) : noun;
}

function kindOf(path: DataPath): string {
	const collection = path.findLast(segment => typeof segment === 'string' && segment !== 'type');
	return collection === 'facts' ? 'fact' : collection === 'questions' ? 'question' : 'item';
}

function quoteHint(expected: string, input: unknown): string {
	if (expected !== 'string' || (typeof input !== 'number' && typeof input !== 'boolean')) return '';
	return ` (put it in quotes to use it as text: "${String(input)}")`;
}

/** A short, terminal-safe rendering of a value from the pack, for messages. */
export function describeValue(value: unknown): string {
	if (value === undefined) return 'nothing';
	if (value === null) return 'an empty value';
	if (typeof value === 'string') return value.trim() === '' ? 'empty text' : quote(value);
	if (typeof value === 'number') return `the number ${value}`;
	if (typeof value === 'boolean') return `${value}`;
	if (Array.isArray(value)) return 'a list';
	if (value instanceof Date) return `the date ${value.toISOString().slice(0, 10)}`;
	return 'a mapping';
}

/** Quotes pack text for a message: one line, no control characters, at most 60 characters. */

/**
 * "questions[3] (id "who-said-x"): options" — the path a message is about,
 * naming the question, fact or source by id when it has one.
 */
export function pathLabel(path: DataPath, data: unknown): string {
	const [collection, index, ...rest] = path;
	if ((collection === 'questions' || collection === 'facts' || collection === 'sources') && typeof index === 'number') {
		const id = idAt(data, collection, index);
		if (id !== undefined) {
			const prefix = `${collection}[${index}] (id ${quote(id)})`;
			return rest.length > 0 ? `${prefix}: ${formatPath(rest)}` : prefix;
		}
	}
	return formatPath(path);
}

export function formatPath(path: DataPath): string {
	return path
		.map((segment, index) => (typeof segment === 'number' ? `[${segment}]` : index === 0 ? segment : `.${segment}`))
		.join('');
}

export function withLabel(label: string, message: string): string {
	return label === '' ? message : `${label}: ${message}`;
}

function idAt(data: unknown, collection: string, index: number): string | undefined {
	const item = valueAt(data, [collection, index]);
	const id = isRecord(item) ? item['id'] : undefined;
	return typeof id === 'string' && id.trim() !== '' ? id : undefined;
}

export function valueAt(data: unknown, path: DataPath): unknown {
	let current = data;
	for (const segment of path) {
		if (Array.isArray(current) && typeof segment === 'number') current = current[segment];
		else if (isRecord(current)) current = current[segment];
		else return undefined;
	}
	return current;
}
