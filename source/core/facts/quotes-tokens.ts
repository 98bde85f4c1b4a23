import type {QuoteSpan} from './quotes-spans.js';

export type Token = {
	text: string;
	/** Lower case, curly apostrophes made straight. */
	lower: string;
	start: number;
	end: number;
	kind: 'word' | 'punct' | 'quote';
	/** Starts with an upper-case letter (or is a quote token opening on one). */
	capitalised: boolean;
	/** For quote tokens: the quoted passage. */
	quote?: QuoteSpan;
};

/** Words whose full stop belongs to them: titles and initials, never sentence ends here. */
const dotted = new Set([
	'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'adm', 'cmdr', 'gov', 'sen', 'rep',
	'reps', 'sens', 'pres', 'rev', 'hon', 'amb', 'sec', 'atty', 'supt', 'insp', 'det', 'messrs', 'vs', 'no', 'inc', 'corp', 'co', 'ltd',
]);

const pattern = /(?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:[-'’&][\p{L}\p{N}]+)*|[—–]|-{1,2}|\.{3}|…|\S/gu;

/**
 * Tokens of body[from, to), each quoted span inside that range collapsed
 * into one quote token, so attribution patterns see `"…," she said` as
 * three tokens and a comma.
 */
export function tokenize(body: string, from: number, to: number, spans: readonly QuoteSpan[]): Token[] {
	const tokens: Token[] = [];
	let cursor = from;
	for (const span of spans) {
		if (span.start < from || span.end > to) continue;
		words(body, cursor, span.start, tokens);
		const inner = body.slice(span.innerStart, span.innerEnd);
		tokens.push({
			text: body.slice(span.start, span.end),
			lower: inner.toLowerCase(),
			start: span.start,
			end: span.end,
			kind: 'quote',
			capitalised: /^\s*\p{Lu}/u.test(inner),
			quote: span,
		});
		cursor = span.end;
	}
	words(body, cursor, to, tokens);
	return tokens;
}

function words(body: string, from: number, to: number, into: Token[]): void {
	if (to <= from) return;
	const matcher = pattern;
	matcher.lastIndex = from;
	for (let match = matcher.exec(body); match && match.index < to; match = matcher.exec(body)) {
		const start = match.index;
		let end = Math.min(start + match[0].length, to);
		const value = body.slice(start, end);
		const isWord = /^[\p{L}\p{N}]/u.test(value);
		const clitic = isWord ? /.(['’](?:s|ve|ll|re|d|m)|n['’]t)$/i.exec(value) : null;
		if (clitic?.[1]) {
			// "Russia's" → Russia + 's, "didn't" → did + n't: names and verbs stay whole words.
			const cut = end - clitic[1].length;
			push(into, body, start, cut, 'word');
			push(into, body, cut, end, 'word');
			continue;
		}
		if (isWord && body[end] === '.' && end < to && takesDot(value)) {
			end++;
			matcher.lastIndex = end;
		}
		push(into, body, start, end, isWord ? 'word' : 'punct');
	}
}

function takesDot(word: string): boolean {
	if (/^\p{Lu}$/u.test(word)) return true; // an initial
	return dotted.has(word.toLowerCase());
}

function push(into: Token[], body: string, start: number, end: number, kind: Token['kind']): void {
	const text = body.slice(start, end);
	const lower = text.toLowerCase();
	const first = text[0] ?? '';
	into.push({text, lower: lower.includes('’') ? lower.replaceAll('’', "'") : lower, start, end, kind, capitalised: first !== first.toLowerCase()});
}
