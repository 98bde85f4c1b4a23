import test from 'ava';
import fc from 'fast-check';
import {extractArticle} from '../../../source/core/article/extract-article.js';
import {extractFacts} from '../../../source/core/facts/extract-facts.js';

// Sentences shaped like news, so the property reaches the quote, date and treaty rules, not only their early exits.
const newsy = fc.constantFrom(
	'"We will sign," the minister said on Friday.',
	'According to officials, the Treaty of Varna of 1921 still applies.',
	'In March 2022 he told parliament that talks were over.',
	'Sen. Ana Ruiz, 59, of Tula, who chairs the panel, warned that a peace treaty between Norland and Sudland is far off.',
	'“Not today.” “Maybe tomorrow,” she added.',
	'\u001B[2J Read more: Related News',
);

const article = fc
	.array(fc.tuple(fc.oneof(newsy, fc.string({maxLength: 80})), fc.constantFrom(' ', '\n', '\n\n')), {maxLength: 12})
	.map(parts => parts.map(([text, separator]) => text + separator).join(''));

test('the whole pipeline never throws, and every piece of evidence is the body at its offsets', t => {
	t.notThrows(() => {
		fc.assert(
			fc.property(article, fc.constantFrom('text', 'markdown', 'html') as fc.Arbitrary<'text' | 'markdown' | 'html'>, (input, format) => {
				const extracted = extractArticle(input, format);
				const facts = extractFacts(extracted);
				const evidence = [...facts.quotes, ...facts.dates, ...facts.treaties].map(fact => fact.evidence);
				return evidence.every(({sentence, start, end}) => start >= 0 && end <= extracted.body.length && extracted.body.slice(start, end) === sentence);
			}),
			{numRuns: 300},
		);
	});
});
