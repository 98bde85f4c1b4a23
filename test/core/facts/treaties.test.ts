import {readFileSync} from 'node:fs';
import test from 'ava';
import fc from 'fast-check';
import {extractTreaties} from '../../../source/core/facts/treaties.js';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/facts/${name}`, import.meta.url), 'utf8');
const brief = (body: string) => extractTreaties(body).map(({name, year, parties}) => ({name, year, parties}));

test('an unsigned treaty under negotiation, its capitals read as countries, merged across the article', t => {
	const body = fixture('dates-monday-statement.txt');
	const treaties = extractTreaties(body);
	t.deepEqual(
		treaties.map(({name, year, parties}) => ({name, year, parties})),
		[
			// "Oslo … a border treaty with Moscow", then "a border treaty between Russia and Norway".
			{name: 'Norway–Russia border treaty', year: null, parties: ['Norway', 'Russia']},
			{name: 'fisheries pact', year: null, parties: []},
		],
	);
	t.true(treaties[0]?.evidence.sentence.startsWith("Norway's Foreign Minister said on Monday"));
});

test('parties from a dateline article and a named treaty with its year before the name', t => {
	t.deepEqual(brief(fixture('dates-friday-speech.txt')), [
		{name: 'China–Japan fisheries agreement', year: null, parties: ['China', 'Japan']},
		{name: 'Treaty of Peace and Friendship', year: 1978, parties: ['Japan', 'China']},
	]);
});

test('named treaties: "Treaty of …", names ending in the treaty word, years before and after, parties in the name or after it', t => {
	t.deepEqual(brief(fixture('treaties-named.txt')), [
		{name: 'Treaty of Portsmouth', year: 1905, parties: ['Russia', 'Japan']},
		{name: 'Soviet–Japanese Joint Declaration', year: 1956, parties: ['Soviet Union', 'Japan']},
		// "Paris" in a treaty's name is not France.
		{name: 'Paris Agreement', year: null, parties: []},
		{name: 'Geneva Conventions', year: null, parties: []},
		{name: 'New START treaty', year: null, parties: ['Russia', 'United States']},
		{name: 'San Francisco Peace Treaty', year: 1951, parties: ['Japan']},
		{name: 'China–United States trade agreement', year: null, parties: ['United States', 'China']},
	]);
});

test('a repeated treaty keeps its first evidence and gains a year and parties given later', t => {
	const body = 'Talks on the Helsinki Accords stalled.\n\nThe 1975 Helsinki Accords bound Moscow and Washington.';
	const [accords, ...rest] = extractTreaties(body);
	t.deepEqual(rest, []);
	t.like(accords, {name: 'Helsinki Accords', year: 1975, parties: ['Russia', 'United States'], evidence: {sentence: 'Talks on the Helsinki Accords stalled.', start: 0}});
});

test('a peace treaty between two countries is named by its parties in alphabetical order, and a one-party mention joins it', t => {
	const body = 'Japan wants the peace treaty. A peace treaty between Russia and Japan is still missing. Moscow backs a peace agreement with Tokyo.';
	t.deepEqual(brief(body), [{name: 'Japan–Russia peace treaty', year: null, parties: ['Japan', 'Russia']}]);
});

test('treaties with different parties stay apart; a bare "agreement" or "treaty" is not a treaty', t => {
	const body = 'Kyiv and Warsaw signed a border treaty. Pursuing an agreement is key. Beijing and Seoul want a border treaty too. A treaty would help.';
	t.deepEqual(brief(body), [
		{name: 'Poland–Ukraine border treaty', year: null, parties: ['Ukraine', 'Poland']},
		{name: 'China–South Korea border treaty', year: null, parties: ['China', 'South Korea']},
	]);
});

test('party conventions and convention centres are not treaties', t => {
	t.deepEqual(brief('The Republican National Convention met at the Geneva Convention Centre.'), []);
});

test('a contrast clause does not lend its countries to the treaty', t => {
	const body = '"Ties are hard because of Russia’s war on Ukraine but Japan will keep seeking a peace treaty," the prime minister said.';
	t.deepEqual(brief(body), [{name: 'Japan peace treaty', year: null, parties: ['Japan']}]);
});

test('never throws; evidence offsets are inside the body and slice to the sentence', t => {
	const words = fc.constantFrom('the', 'Treaty', 'of', 'Paris', 'peace', 'treaty', 'between', 'Russia', 'and', 'Japan', 'with', 'Tokyo', '1951', 'Accords', ',', '.', '\n\n', 'New', 'START', 'signed', 'in');
	const text = fc.oneof(fc.string({unit: 'grapheme', maxLength: 300}), fc.array(words, {maxLength: 40}).map(list => list.join(' ')));
	t.notThrows(() => {
		fc.assert(
			fc.property(text, body =>
				extractTreaties(body).every(
					({name, evidence}) =>
						name.length > 0 && evidence.start >= 0 && evidence.end <= body.length && body.slice(evidence.start, evidence.end) === evidence.sentence,
				),
			),
		);
	});
});

test('"signed … in 1960" dates a treaty; "violated … in 1910" does not', t => {
	t.deepEqual(brief('The U.S. and Japan signed the Treaty of Mutual Cooperation and Security in 1960.'), [
		{name: 'Treaty of Mutual Cooperation and Security', year: 1960, parties: ['United States', 'Japan']},
	]);
	t.deepEqual(brief('Tokyo said Moscow violated the Treaty of Portsmouth in 1910.'), [{name: 'Treaty of Portsmouth', year: null, parties: ['Japan', 'Russia']}]);
});
