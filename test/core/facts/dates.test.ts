import {readFileSync} from 'node:fs';
import test from 'ava';
import {extractDates} from '../../../source/core/facts/dates.js';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/facts/${name}`, import.meta.url), 'utf8');
const brief = (body: string, published: string | null) => extractDates(body, published).map(({text, value, event}) => ({text, value, event}));

test('a Monday statement, a month with its year, later months in that year and a "since" year', t => {
	// Published on a Monday: "on Monday" is that day.
	t.deepEqual(brief(fixture('dates-monday-statement.txt'), '2024-02-12'), [
		{text: 'on Monday', value: '2024-02-12', event: "Norway's Foreign Minister said that Oslo would keep working toward a border treaty with Moscow"},
		{text: 'in May 2022', value: '2022-05', event: "Russia's Foreign Ministry suspended the border consultations"},
		{
			text: 'Later in June',
			value: '2022-06',
			event: 'Norway listed the disputed shelf as an area "unlawfully patrolled" by Russia in its annual security review for the first time since 2010',
		},
		{
			text: 'since 2010',
			value: '2010',
			event: 'Norway listed the disputed shelf as an area "unlawfully patrolled" by Russia in its annual security review for the first time',
		},
		{text: 'In November', value: '2022-11', event: 'Moscow said a border treaty between Russia and Norway could not be discussed under present conditions'},
	]);
});

test('a Sunday article: "on Friday" is two days before; a dateline is not a date; relative clauses and treaty years', t => {
	t.deepEqual(brief(fixture('dates-friday-speech.txt'), '2025-03-09'), [
		{
			text: 'on Friday',
			value: '2025-03-07',
			event: "China has welcomed Japan's wish to renew talks on a fisheries agreement with Beijing, a foreign ministry spokesman said",
		},
		{text: 'in 1972', value: '1972', event: 'the five uninhabited islands of the East China Sea chain were placed under Japanese administration'},
		{text: '1978', value: '1978', event: 'Tokyo and Beijing normalised ties under the Treaty of Peace and Friendship'},
		{text: 'on Friday', value: '2025-03-07', event: 'In his speech, the minister said the two countries should "return to dialogue"'},
	]);
});

test('years that date a treaty: "signed in 1905", "of 1956", "the 1951 …"', t => {
	t.deepEqual(brief(fixture('treaties-named.txt'), '2024-05-01'), [
		{text: 'in 1905', value: '1905', event: 'The Treaty of Portsmouth was signed'},
		{text: '1956', value: '1956', event: 'Decades later the Soviet–Japanese Joint Declaration restored diplomatic ties'},
		{text: '1951', value: '1951', event: 'Under the San Francisco Peace Treaty, Japan renounced its claim to the islands'},
	]);
});

test('evidence is the sentence and its offsets in the body', t => {
	const body = fixture('dates-friday-speech.txt');
	for (const date of extractDates(body, '2025-03-09')) {
		t.is(body.slice(date.evidence.start, date.evidence.end), date.evidence.sentence);
		t.true(date.evidence.sentence.includes(date.text));
	}
});

test('explicit dates keep the precision written, with times dropped from the text', t => {
	t.deepEqual(brief('The deal was signed on October 26, 2025 10:00 IST in Delhi. Talks began on 23 Jan 2023 09:55 in Tokyo.', null), [
		{text: 'on October 26, 2025', value: '2025-10-26', event: 'The deal was signed in Delhi'},
		{text: 'on 23 Jan 2023', value: '2023-01-23', event: 'Talks began in Tokyo'},
	]);
});
