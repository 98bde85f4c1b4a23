import {isMap, isScalar, isSeq} from 'yaml';
import type {Document, Node, YAMLMap, YAMLSeq} from 'yaml';
import {optionInOtherCase, repeatedEntries, type Entry} from '../answer-rules.js';
import type {RuleId} from '../rules.js';
import {uniqueSlug} from './slug.js';

/**
 * One safe repair: the text edit that makes it, and the same change made to
 * the plain data, so the result can be checked by reading the text again.
 */
export type Fix = {
	/** Names the problem, so a repair that failed its check is not tried again. */
	key: string;
	rule: RuleId;
	start: number;
	end: number;
	replacement: string;
	change: (data: PlainPack) => void;
};

/** A pack as plain data, before validation. */
export type PlainPack = Record<string, unknown>;

type Sequence = YAMLSeq<unknown>;

/** Every repair lint --fix would make to the document as it is now, in file order. */
export function fixesOf(document: Document, text: string): Fix[] {
	const ids = ['sources', 'facts', 'questions'].flatMap(collection => missingIds(document, collection, text));
	return [...ids, ...questionFixes(document, text)].sort((a, b) => a.start - b.start);
}

function itemsOf(document: Document, collection: string): Array<{item: YAMLMap<unknown, unknown>; index: number}> {
	const list = document.get(collection, true);
	if (!isSeq(list)) return [];
	return list.items.flatMap((item, index) => (isMap(item) && item.range ? [{item, index}] : []));
}

const stringAt = (map: YAMLMap<unknown, unknown>, key: string): string => {
	const value = map.get(key);
	return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
};

/** What an item's id is made from: a question's prompt, a fact's kind and subject, a source's title. */
function idText(collection: string, item: YAMLMap<unknown, unknown>): string {
	if (collection === 'questions') return stringAt(item, 'prompt');
	if (collection === 'sources') return stringAt(item, 'title');
	const type = stringAt(item, 'type');
	const subject = {quote: 'speaker', event: 'what', treaty: 'name', person: 'name'}[type] ?? '';
	return [type, type === 'event' ? stringAt(item, 'date') : '', subject ? stringAt(item, subject) : ''].join(' ');
}

function missingIds(document: Document, collection: string, text: string): Fix[] {
	const items = itemsOf(document, collection);
	const taken = new Set(items.map(({item}) => stringAt(item, 'id')).filter(id => id !== ''));
	const noun = {questions: 'question', facts: 'fact', sources: 'source'}[collection] ?? 'item';
	return items
		.filter(({item}) => !item.has('id'))
		.map(({item, index}) => {
			const id = uniqueSlug(idText(collection, item), noun, taken);
			taken.add(id);
			const start = item.flow ? item.range![0] + 1 : item.range![0];
			const column = start - (text.lastIndexOf('\n', start - 1) + 1);
			const replacement = item.flow ? `id: ${id}${item.items.length > 0 ? ', ' : ''}` : `id: ${id}\n${' '.repeat(column)}`;
			return {
				key: `missing-id ${collection}[${index}]`,
				rule: 'missing-id' as const,
				start,
				end: start,
				replacement,
				change: (data: PlainPack) => {
					(data[collection] as Array<Record<string, unknown>>)[index]!['id'] = id;
				},
			};
		});
}

function questionFixes(document: Document, text: string): Fix[] {
	return itemsOf(document, 'questions').flatMap(({item, index}) => {
		const type = item.get('type');
		if (type !== 'choice' && type !== 'multi') return [];
		const options = item.get('options', true);
		if (!isSeq(options)) return [];
		const fixes = [...removeRepeats(options, ['questions', index, 'options'], 2, text)];
		if (type === 'multi') {
			const answers = item.get('answers', true);
			if (isSeq(answers)) {
				fixes.push(...removeRepeats(answers, ['questions', index, 'answers'], 1, text));
				answers.items.forEach((answer, position) => fixes.push(...answerCase(answer, options, ['questions', index, 'answers', position])));
			}
		} else {
			fixes.push(...answerCase(item.get('answer', true), options, ['questions', index, 'answer']));
		}
		return fixes;
	});
}

function entries(list: Sequence): Entry[] {
	return list.items.flatMap((node, index) => (isScalar(node) && typeof node.value === 'string' ? [{text: node.value, index}] : []));
}

/** Drops each later copy of an entry, as long as `minimum` entries remain; the text between copies must be only a comma or a "- " line. */
function removeRepeats(list: Sequence, path: Array<string | number>, minimum: number, text: string): Fix[] {
	const repeats = repeatedEntries(entries(list));
	return repeats.slice(0, Math.max(0, list.items.length - minimum)).flatMap(({index}) => {
		const span = removalSpan(list, index, text);
		if (!span) return [];
		return [
			{
				key: `duplicate-option ${path.join('.')}[${index}]`,
				rule: 'duplicate-option' as const,
				...span,
				replacement: '',
				change: (data: PlainPack) => {
					(valueAt(data, path) as unknown[]).splice(index, 1);
				},
			},
		];
	});
}

function removalSpan(list: Sequence, index: number, text: string): {start: number; end: number} | undefined {
	const node = list.items[index] as Node;
	const [start, end] = node.range ?? [];
	if (start === undefined || end === undefined) return undefined;
	if (list.flow) {
		const previous = (list.items[index - 1] as Node | undefined)?.range?.[1];
		if (previous === undefined || !/^\s*,\s*$/.test(text.slice(previous, start))) return undefined;
		return {start: previous, end};
	}
	const lineStart = text.lastIndexOf('\n', start - 1) + 1;
	const newline = text.indexOf('\n', end - 1);
	const lineEnd = newline === -1 ? text.length : newline + 1;
	if (!/^\s*-\s+$/.test(text.slice(lineStart, start)) || !/^\s*(?:#.*)?\s*$/.test(text.slice(end, lineEnd))) return undefined;
	return {start: lineStart, end: lineEnd};
}

/** An answer written "london" for the option "London": the option's spelling, when only one option matches. */
function answerCase(answer: unknown, options: Sequence, path: Array<string | number>): Fix[] {
	if (!isScalar(answer) || typeof answer.value !== 'string' || !answer.range) return [];
	if (answer.type !== 'PLAIN' && answer.type !== 'QUOTE_DOUBLE' && answer.type !== 'QUOTE_SINGLE') return [];
	const written = entries(options);
	if (written.some(option => option.text.trim() === (answer.value as string).trim())) return [];
	const match = optionInOtherCase(answer.value, written);
	if (!match) return [];
	const spelling = match.text.trim();
	// Words YAML reads as text in any context stay plain; anything else goes in double quotes, which YAML reads as JSON does.
	const isPlain = /^\p{L}[^,[\]{}#:\n"']*$/u.test(spelling) && !/^(?:true|false|null)$/i.test(spelling);
	const replacement = isPlain ? spelling : JSON.stringify(spelling);
	return [
		{
			key: `answer-not-in-options ${path.join('.')}`,
			rule: 'answer-not-in-options',
			start: answer.range[0],
			end: answer.range[1],
			replacement,
			change: (data: PlainPack) => {
				const parent = valueAt(data, path.slice(0, -1)) as Record<string | number, unknown>;
				parent[path.at(-1)!] = spelling;
			},
		},
	];
}

function valueAt(data: unknown, path: ReadonlyArray<string | number>): unknown {
	return path.reduce<unknown>((current, segment) => (current as Record<string | number, unknown>)[segment], data);
}
