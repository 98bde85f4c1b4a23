import test from 'ava';
import fc from 'fast-check';
import {extractQuotesAndPeople} from '../../../source/core/facts/quotes.js';

/** Text built from the pieces the extractor reacts to, so the property reaches its rules and not only plain letters. */
const pieces = fc.constantFrom(
	'"', '“', '”', '‘', '’', "''", "'", ',', '.', ':', ';', '?', '!', ' ', ' ', ' ', '\n', '\n\n', '(', ')', '—', '―', '-',
	'said', 'says', 'told', 'according to', 'adding', 'that', 'who', 'he', 'she', 'the spokesman', 'Mr.', 'Dmitry Peskov',
	'Peskov', 'Prime Minister', 'Kremlin', 'The', 'Russia\'s', 'It', 'WALLACE', 'by saying', 'and', 'noted', 'dispute',
);

const bodies = fc.oneof(
	fc.string({unit: 'grapheme', maxLength: 300}),
	fc.array(pieces, {maxLength: 80}).map(parts => parts.join('')),
	fc.array(fc.oneof(pieces, fc.string({maxLength: 6})), {maxLength: 60}).map(parts => parts.join(' ')),
);

test('never throws, and every evidence is the body at its offsets', t => {
	t.notThrows(() => {
		fc.assert(
			fc.property(bodies, body => {
				const {quotes, people} = extractQuotesAndPeople(body);
				for (const quote of quotes) {
					const {sentence, start, end} = quote.evidence;
					if (start < 0 || end > body.length || start > end) return false;
					if (body.slice(start, end) !== sentence) return false;
					if (quote.text.trim() === '') return false;
				}
				return people.every(person => person.name.trim() !== '');
			}),
			{numRuns: 2000},
		);
	});
});
