import test from 'ava';
import fc from 'fast-check';
import {extractDates} from '../../../source/core/facts/dates.js';

const subjects = ['Moscow said so', 'Tokyo replied', 'the talks resumed', 'prices will rise', 'the envoy is due to arrive', 'the minister stated that talks will go on'];
const phrases = [
	'on Friday', 'on Monday', 'last Sunday', 'this Wednesday', 'next Tuesday', 'in March', 'Later in April', 'In October', 'last January', 'this May',
	'on Dec. 15', 'on 9 October', 'yesterday', 'today', 'tomorrow', 'last week', 'last month', 'last year', 'two years ago', 'three months ago',
	'earlier this month', 'in March 2022', 'in 1945', 'since 2003', 'in the 1990s', 'under the 1951 treaty', 'on October 26, 2025', 'in mid-June',
	'in early 2024', 'in November 2031', 'on Friday morning', 'at 10:00 on Saturday', 'in recent years',
];
const sentence = fc
	.tuple(fc.constantFrom(...subjects), fc.constantFrom(...phrases), fc.boolean())
	.map(([subject, phrase, fronted]) => (fronted ? `${phrase[0]?.toUpperCase()}${phrase.slice(1)}, ${subject}.` : `${subject[0]?.toUpperCase()}${subject.slice(1)} ${phrase}.`));
const body = fc.tuple(fc.array(sentence, {minLength: 1, maxLength: 8}), fc.constantFrom(' ', '\n\n')).map(([sentences, joint]) => sentences.join(joint));
const day = fc.date({min: new Date('1990-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true}).map(date => date.toISOString().slice(0, 10));
const published = fc.oneof(day, fc.constant(null), fc.string({maxLength: 12}));
const anyBody = fc.oneof(fc.string({unit: 'grapheme', maxLength: 300}), body);

test('never throws, and every value is YYYY, YYYY-MM or YYYY-MM-DD', t => {
	t.notThrows(() => {
		fc.assert(
			fc.property(anyBody, published, (text, date) =>
				extractDates(text, date).every(found => found.value === null || /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(found.value)),
			),
		);
	});
});

test('evidence offsets are inside the body and slice to the sentence, which holds the date text', t => {
	t.notThrows(() => {
		fc.assert(
			fc.property(anyBody, published, (text, date) =>
				extractDates(text, date).every(
					({evidence, text: written}) =>
						evidence.start >= 0 && evidence.start <= evidence.end && evidence.end <= text.length && text.slice(evidence.start, evidence.end) === evidence.sentence && evidence.sentence.includes(written),
				),
			),
		);
	});
});

test('a date written without its year never resolves after the publication day', t => {
	t.notThrows(() => {
		fc.assert(
			fc.property(body, day, (text, date) =>
				extractDates(text, date)
					.filter(found => !/\d{4}/.test(found.text))
					.every(found => found.value === null || found.value <= date.slice(0, found.value.length)),
			),
		);
	});
});

test('no day is invented: a value has a day only when the text gives one', t => {
	const givesDay = /\b\d{1,2}\b|day|tonight|night|morning|afternoon|evening/i;
	t.notThrows(() => {
		fc.assert(
			fc.property(fc.oneof(body, fc.string({maxLength: 200})), published, (text, date) =>
				extractDates(text, date).every(found => found.value === null || found.value.length < 10 || givesDay.test(found.text)),
			),
		);
	});
});
