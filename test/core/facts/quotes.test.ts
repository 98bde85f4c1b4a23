import {readFileSync} from 'node:fs';
import test from 'ava';
import {extractQuotes} from '../../../source/core/facts/quotes.js';
import type {ExtractedQuote} from '../../../source/core/facts/facts.js';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/facts/${name}`, import.meta.url), 'utf8');

/** The fields a reader checks, without evidence. */
const brief = (quote: ExtractedQuote) => ({
	speaker: quote.speaker,
	speakerRole: quote.speakerRole,
	kind: quote.kind,
	cue: quote.cue,
	text: quote.text,
});

const quotesOf = (body: string) => extractQuotes(body).map(brief);

test('a spokesman article: roles, "told parliament", surnames, "the spokesman" and split quotes resolve to full names', t => {
	const quotes = quotesOf(fixture('border-accord-spokesman.txt'));
	const expected = [
		{speaker: 'Andrius Kalnas', speakerRole: 'Chancellery spokesman', kind: 'indirect', cue: 'said', text: "The Chancellery has welcomed Finland's wish to sign a border accord with Lithuania"},
		{speaker: 'Aino Virtanen', speakerRole: 'Finnish Prime Minister', kind: 'indirect', cue: 'told parliament', text: "reaching a settlement is part of her cabinet's foreign policy plan"},
		{speaker: 'Aino Virtanen', speakerRole: 'Finnish Prime Minister', kind: 'direct', cue: 'said', text: "The Finnish government's policy is to settle the island question and conclude the accord."},
		{speaker: 'Andrius Kalnas', speakerRole: 'Chancellery spokesman', kind: 'direct', cue: 'told journalists', text: 'Vilnius also supports signing a border accord with Finland'},
		{speaker: 'Andrius Kalnas', speakerRole: 'Chancellery spokesman', kind: 'indirect', cue: 'noted', text: 'what he called Helsinki\'s "rather cool attitude" towards Vilnius'},
		{speaker: 'Andrius Kalnas', speakerRole: 'Chancellery spokesman', kind: 'indirect', cue: 'adding', text: 'Finland has joined "every one of the unfair tariffs against our country" imposed by its neighbours'},
		{speaker: 'Andrius Kalnas', speakerRole: 'Chancellery spokesman', kind: 'indirect', cue: 'added', text: 'Contacts between the two capitals have also been "cut almost to nothing" in recent years because of Helsinki\'s decisions'},
		{speaker: 'Aino Virtanen', speakerRole: 'Finnish Prime Minister', kind: 'indirect', cue: 'acknowledged', text: 'relations between the two countries are "in a hard place"'},
	];
	for (const quote of expected) t.deepEqual(quotes.filter(found => found.text === quote.text), [quote], quote.text);
});

test('a ministry article: a role-only speaker, a direct quote told to a chamber, an organisation and a capital speaking', t => {
	const quotes = quotesOf(fixture('fishing-accord-ministry.txt'));
	t.deepEqual(quotes, [
		{speaker: 'Lars Bergqvist', speakerRole: "Sweden's Prime Minister", kind: 'indirect', cue: 'stated', text: 'Stockholm will keep pursuing its policy of settling the fishing quarrel with Oslo and signing a new accord'},
		{
			speaker: 'Lars Bergqvist',
			speakerRole: 'Prime Minister',
			kind: 'direct',
			cue: 'told the lower house of parliament',
			text: "Relations between Sweden and Norway are strained because of Norway's new quotas, but Sweden will continue to pursue its policy aimed at settling the quarrel and signing an accord",
		},
		{speaker: "Norway's Foreign Ministry", speakerRole: null, kind: 'indirect', cue: 'announced', text: "in May 2023 Oslo's refusal to continue talks with Stockholm on an accord in light of duties imposed by Sweden"},
		{speaker: 'Oslo', speakerRole: null, kind: 'indirect', cue: 'said', text: 'it is impossible to negotiate an accord between Norway and Sweden under the present conditions'},
	]);
});

test('every evidence is the body at its offsets and covers the attribution', t => {
	const body = fixture('border-accord-spokesman.txt');
	for (const quote of extractQuotes(body)) {
		t.is(body.slice(quote.evidence.start, quote.evidence.end), quote.evidence.sentence);
		t.true(quote.evidence.sentence.includes(quote.text.slice(0, 20)), quote.text);
	}
});

test('direct quotes before and after the verb, inverted "said X", curly and straight marks', t => {
	t.deepEqual(quotesOf('“We will sign,” Maria Ortiz said. She left.'), [{speaker: 'Maria Ortiz', speakerRole: null, kind: 'direct', cue: 'said', text: 'We will sign'}]);
	t.deepEqual(quotesOf('Maria Ortiz said: "We will sign."'), [{speaker: 'Maria Ortiz', speakerRole: null, kind: 'direct', cue: 'said', text: 'We will sign.'}]);
	t.deepEqual(quotesOf('"We will sign," said Maria Ortiz, the mayor of Lyon.'), [{speaker: 'Maria Ortiz', speakerRole: 'mayor of Lyon', kind: 'direct', cue: 'said', text: 'We will sign'}]);
});

test('a quote split by its attribution is one quote, in one sentence or across two', t => {
	t.deepEqual(quotesOf('"If the talks fail," Ortiz said, "we will try again."'), [{speaker: 'Ortiz', speakerRole: null, kind: 'direct', cue: 'said', text: 'If the talks fail we will try again.'}]);
	const quotes = extractQuotes('Maria Ortiz met the press.\n\n"We will sign," she said. "Not today, but soon."');
	t.deepEqual(quotes.map(brief), [{speaker: 'Maria Ortiz', speakerRole: null, kind: 'direct', cue: 'said', text: 'We will sign Not today, but soon.'}]);
	t.is(quotes[0]?.evidence.sentence, '"We will sign," she said. "Not today, but soon."');
});

test('a quote spanning sentences stays whole', t => {
	t.deepEqual(quotesOf('"It is hard. We will try. Nobody knows," the minister, Ana Ruiz, told reporters.').map(quote => [quote.speaker, quote.cue, quote.text]), [
		['Ana Ruiz', 'told reporters', 'It is hard. We will try. Nobody knows'],
	]);
});

test('indirect quotes: said (that), told an audience, according to, trailing and parenthetical attributions', t => {
	const cases: Array<[string, string | null, string, string]> = [
		['Ortiz said that the deal was dead.', 'Ortiz', 'said', 'the deal was dead'],
		['Ortiz told reporters on Monday that the deal was dead.', 'Ortiz', 'told reporters', 'the deal was dead'],
		['According to the ministry, the deal is dead.', 'the ministry', 'according to', 'the deal is dead'],
		['The deal is dead, according to two officials.', 'two officials', 'according to', 'The deal is dead'],
		['The deal is dead, Ortiz said on Monday.', 'Ortiz', 'said', 'The deal is dead'],
		['The deal, Ortiz argued, is dead.', 'Ortiz', 'argued', 'The deal is dead'],
		['Ortiz warned that the deal could collapse.', 'Ortiz', 'warned', 'the deal could collapse'],
		['Ortiz believes the deal is dead.', 'Ortiz', 'believes', 'the deal is dead'],
	];
	for (const [body, speaker, cue, text] of cases) {
		t.deepEqual(quotesOf(body).map(quote => [quote.speaker, quote.cue, quote.text, quote.kind]), [[speaker, cue, text, 'indirect']], body);
	}
});

test('a participle after the verb continues the same speaker', t => {
	t.deepEqual(quotesOf('Ortiz criticised the plan, adding that it came too late.').map(quote => [quote.speaker, quote.cue, quote.text]), [
		['Ortiz', 'criticised', 'the plan'],
		['Ortiz', 'adding', 'it came too late'],
	]);
});

test('pronouns take the latest fitting person; the relative "who" takes the name before it', t => {
	const body = 'Mayor Maria Ortiz met Governor John Park on Monday. He said the budget was tight. She said it was not.\n\nThe plan came from Senator Ana Ruiz, who told parliament that it would pass.';
	t.deepEqual(quotesOf(body).map(quote => [quote.speaker, quote.speakerRole, quote.text]), [
		['John Park', 'Governor', 'the budget was tight'],
		['Maria Ortiz', 'Mayor', 'it was not'],
		['Ana Ruiz', 'Senator', 'it would pass'],
	]);
});

test('a headline with a colon and a transcript line are attributions', t => {
	t.deepEqual(quotesOf('Ortiz: The deal is dead\n\nThe talks ended on Monday.').map(quote => [quote.speaker, quote.cue, quote.text]), [['Ortiz', ':', 'The deal is dead']]);
	t.deepEqual(quotesOf('The talks ended.\n\nWALLACE: Will you sign it?').map(quote => [quote.speaker, quote.cue, quote.text]), [['WALLACE', ':', 'Will you sign it?']]);
});

test('nouns that look like verbs are not cues', t => {
	t.deepEqual(quotesOf('The long dispute over the islands continues. The report on Monday was short.'), []);
});

test('a question mark inside the quote does not cut the attribution off it', t => {
	t.deepEqual(quotesOf('“Who would have believed it?” Maria Ortiz said, looking at the crowd.').map(quote => [quote.speaker, quote.kind, quote.text]), [
		['Maria Ortiz', 'direct', 'Who would have believed it?'],
	]);
});

test('a role inside a capitalised run, and a speaker described before "who", are read as such', t => {
	t.deepEqual(quotesOf('Ohio Democratic Party Chairman David Pepper called the ruling a win.').map(quote => [quote.speaker, quote.speakerRole, quote.text]), [
		['David Pepper', 'Ohio Democratic Party Chairman', 'the ruling a win'],
	]);
	t.deepEqual(quotesOf('The firm hired an architect who said he was never paid.').map(quote => [quote.speaker, quote.text]), [['an architect', 'he was never paid']]);
});

test('a transcript turn is one attribution however many sentences it has', t => {
	t.deepEqual(quotesOf('Partial transcript:\n\n"PENCE: Well, look. She is wrong. We will win.').map(quote => [quote.speaker, quote.cue, quote.text]), [
		['PENCE', ':', 'Well, look. She is wrong. We will win'],
	]);
});

test('newer rules: a reduced -ing clause after an object, a stance verb, a noun cue with "is that", an aged name with its home town, a subject ending in an adjective, an attribution closing the sentence, a place before a role subject, an opening participle phrase, "hold" only with "that"', t => {
	const quotes = quotesOf(fixture('quotes-rules-harbour.txt'));
	const pick = (text: string) => quotes.filter(quote => quote.text === text).map(({speaker, cue, kind, text}) => ({speaker, cue, kind, text}));
	t.deepEqual(pick('the harbour plan would double ferry fares'), [{speaker: 'Helga Strand', cue: 'saying', kind: 'indirect', text: 'the harbour plan would double ferry fares'}]);
	t.deepEqual(pick('the port authority over its accounts'), [{speaker: 'Ivo Brandt', cue: 'gone after', kind: 'indirect', text: 'the port authority over its accounts'}]);
	t.deepEqual(pick('voters will back the plan in the spring'), [{speaker: 'Helga Strand', cue: 'bet is', kind: 'indirect', text: 'voters will back the plan in the spring'}]);
	t.deepEqual(pick('the new quay would ruin the spawning grounds'), [{speaker: 'Oskar Lind', cue: 'said', kind: 'indirect', text: 'the new quay would ruin the spawning grounds'}]);
	t.false(quotes.some(quote => quote.cue === 'stress'), 'a subject ending in an adjective shows the cue word is a noun');
	// The attribution closing the sentence holds the one inside it.
	t.deepEqual(pick('Harbour master Pia Kallio had told the crews that the ferry would stop in May'), [{speaker: 'a port official', cue: 'added', kind: 'indirect', text: 'Harbour master Pia Kallio had told the crews that the ferry would stop in May'}]);
	t.false(quotes.some(quote => quote.cue?.startsWith('told') === true));
	// A place before "the mayor also said" is no person with an appositive role: "the mayor" is the one named before.
	t.deepEqual(pick('the quay was safe'), [{speaker: 'Helga Strand', cue: 'said', kind: 'indirect', text: 'the quay was safe'}]);
	// A participle in an opening phrase shares the subject of the clause after it.
	t.deepEqual(pick('the pick'), [{speaker: 'the Association of Ferry Crews', cue: 'announcing', kind: 'indirect', text: 'the pick'}]);
	t.deepEqual(pick('the mayor a champion'), [{speaker: 'the Association of Ferry Crews', cue: 'called', kind: 'indirect', text: 'the mayor a champion'}]);
	// "hold" attributes a "that" clause, never the thing held.
	t.false(quotes.some(quote => quote.text.startsWith('a rally')));
	t.deepEqual(pick('the fares must rise'), [{speaker: 'Helga Strand', cue: 'held', kind: 'indirect', text: 'the fares must rise'}]);
});

test('a continuation quote followed by a short unattributed tail still joins the attribution before it; a dashed insert after a name; a lone "X added:" line; a quoted title in an opening phrase; initials after a title', t => {
	const quotes = quotesOf(fixture('quotes-rules-tax.txt')).map(({speaker, cue, kind, text}) => ({speaker, cue, kind, text}));
	t.deepEqual(quotes, [
		{speaker: 'Arne Holm', cue: 'said', kind: 'direct', text: 'It is more tinkering at the edges I would not call it reform. It is basically just a tax increase'},
		// A name with a dashed insert before its verb.
		{speaker: 'Lena Voss', cue: 'said', kind: 'indirect', text: 'the route had never paid for itself'},
		// `X added:` alone on its line attributes the next sentence.
		{speaker: 'The harbour master', cue: 'added', kind: 'indirect', text: 'And for a port this size, the fee is far too high'},
		// A quoted show title inside an opening phrase is not the attributed words.
		{speaker: 'Pia Kallio', cue: 'said', kind: 'indirect', text: 'the quay was safe for small boats'},
		// A title with initials does not end the sentence before the surname.
		{speaker: 'J.T. Norberg', cue: 'said', kind: 'direct', text: 'This is a sad day for the port The plan is a fraud.'},
	]);
});

test('adverbs between subject and verb are not the speaker: "has so far insisted", "has long argued"', t => {
	const quotes = extractQuotes('Norland has so far insisted that the border must be settled first. The union has long argued that wages are too low.');
	t.deepEqual(
		quotes.map(quote => [quote.speaker, quote.cue, quote.text]),
		[
			['Norland', 'insisted', 'the border must be settled first'],
			['The union', 'argued', 'wages are too low'],
		],
	);
});

test('a capitalised word before a common noun is not a name: the speaker is the whole phrase', t => {
	const quotes = extractQuotes('Last month, a Norlandic deputy minister said that no treaty could be signed.');
	t.deepEqual(quotes.map(quote => [quote.speaker, quote.cue]), [['a Norlandic deputy minister', 'said']]);
});
