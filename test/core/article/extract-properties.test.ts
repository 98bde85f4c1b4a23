import test from 'ava';
import fc from 'fast-check';
import {extractArticle} from '../../../source/core/article/extract-article.js';
import type {Article, ArticleFormat} from '../../../source/core/article/article.js';

const formats: ArticleFormat[] = ['text', 'html', 'markdown'];
const controlCharacter = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/u;

function fieldsOf(article: Article): string[] {
	return [article.title, article.outlet, article.byline, article.published, article.body].filter((field): field is string => field !== null);
}

// Page-like noise: words, markup, list marks, dates, escapes and the odd control character.
const pieces = fc.constantFrom(
	'the', 'treaty', 'Moscow', 'said', '.', ',', '\n', '\n\n', '  • ', '# ', '**', '_', '[link](http://x)', '<p>', '</p>', '<div class="caption">',
	'<script>x()</script>', '&#27;[2J', '\u001B[31m', '\u001B]0;title\u0007', '\u0000', '\r\n', 'By ANI | ', 'Updated: October 26, 2025', '23 Jan 2023 09:55',
	'Read more: ', 'Related News', '©', '...', '<meta property="og:title" content="', '"><', '{"@type":"NewsArticle"', '\t',
);
const pageLike = fc.array(pieces, {maxLength: 300}).map(parts => parts.join(' '));

test('never throws: any string in any format gives an article with a string body', t => {
	t.notThrows(() => {
		fc.assert(
			fc.property(fc.oneof(fc.string({unit: 'binary'}), pageLike), fc.constantFrom(...formats), (input, format) => {
				const article = extractArticle(input, format);
				return typeof article.body === 'string' && (article.published === null || /^\d{4}-\d{2}-\d{2}$/u.test(article.published));
			}),
			{numRuns: 300},
		);
	});
});

test('no control character or escape sequence survives into any field', t => {
	t.notThrows(() => {
		fc.assert(
			fc.property(fc.oneof(fc.string({unit: 'binary'}), pageLike), fc.constantFrom(...formats), (input, format) =>
				fieldsOf(extractArticle(input, format)).every(field => !controlCharacter.test(field.replaceAll('\n', '').replaceAll('\t', ''))),
			),
			{numRuns: 300},
		);
	});
});

test('escape sequences in the title, the body and HTML entities are removed', t => {
	const text = 'Treaty \u001B[2Jtalks resume\u001B]0;pwned\u0007\n\nBy Meridian Wire | 14 Mar 2024\n\nThe talks \u001B[31mresumed\u001B[0m in Geneva on Thursday, officials from both sides said.\n\nThey will meet again in June, according to a joint statement released in the evening.';
	const article = extractArticle(text, 'text');
	t.is(article.title, 'Treaty talks resume');
	t.true(article.body.startsWith('The talks resumed in Geneva on Thursday'));
	const html = `<html><head><meta property="og:title" content="Talks &#27;[2Jresume&#7;"></head><body><article><p>The talks resumed&#27;]0;x&#7; in Geneva on Thursday, officials from both delegations said after a short session.</p></article></body></html>`;
	for (const field of fieldsOf(extractArticle(html, 'html'))) t.false(controlCharacter.test(field.replaceAll('\n', '')), field);
});

function randomPage(bytes: number, seed: number): string {
	const words = ['the', 'treaty', 'talks', 'said', 'Moscow', 'Tokyo', 'on', 'Friday', 'and', 'a', 'peace', 'islands', '•', 'Read', 'more:', '2025', '<p>', '</div>', '#', '*'];
	let state = seed;
	const next = (): number => {
		state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
		return state;
	};
	const parts: string[] = [];
	let length = 0;
	while (length < bytes) {
		const roll = next() % 23;
		const part = roll === 20 ? '\n' : roll === 21 ? '.\n\n' : roll === 22 ? String.fromCodePoint(0x20 + (next() % 0x2000)) : (words[roll] ?? 'x');
		parts.push(part);
		length += part.length + 1;
	}
	return parts.join(' ');
}

test('1 MB of random page-like text is read in bounded time in every format', t => {
	const page = randomPage(1_000_000, 7);
	for (const format of formats) {
		const start = performance.now();
		const article = extractArticle(page, format);
		const seconds = (performance.now() - start) / 1000;
		t.is(typeof article.body, 'string');
		// The bound; on the development machine each format takes under 0.5 s.
		t.true(seconds < 2, `${format}: ${seconds.toFixed(2)} s`);
	}
});
