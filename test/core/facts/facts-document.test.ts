import test from 'ava';
import {slug, toFactsDocument} from '../../../source/core/facts/facts-document.js';
import type {ArticleFacts} from '../../../source/core/facts/facts.js';
import {factsDocumentSchema} from '../../../source/core/pack/schema.js';

const evidence = (sentence: string) => ({sentence, start: 0, end: sentence.length});

const facts: ArticleFacts = {
	quotes: [
		{speaker: 'Lena Voss', speakerRole: 'Foreign Minister', text: 'We will not sign under pressure', kind: 'direct', cue: 'said', evidence: evidence('"We will not sign under pressure," Lena Voss said.')},
		{speaker: 'Lena Voss', speakerRole: null, text: 'talks would resume in spring', kind: 'indirect', cue: 'added', evidence: evidence('Voss added that talks would resume in spring.')},
		{speaker: null, speakerRole: null, text: 'the deal was close', kind: 'indirect', cue: 'according to', evidence: evidence('The deal was close, according to officials.')},
	],
	dates: [
		{text: 'in March 2022', value: '2022-03', event: 'the talks broke down', evidence: evidence('In March 2022 the talks broke down.')},
		{text: 'in recent years', value: null, event: null, evidence: evidence('In recent years little has moved.')},
	],
	treaties: [{name: 'Treaty of Ostrava', year: 1921, parties: ['Norland', 'Sudland'], evidence: evidence('The Treaty of Ostrava of 1921 ended the war.')}],
	people: [{name: 'Lena Voss', roles: ['Foreign Minister'], aliases: ['Voss']}],
};

const article = {title: 'Talks stall over islands', outlet: 'Harbour Times', byline: null, published: '2024-05-02', body: 'ignored here'};

test('the facts of an article become a valid facts document with its source', t => {
	const document = toFactsDocument([{article, facts, url: 'https://example.org/a'}]);
	t.true(factsDocumentSchema.safeParse(document).success);
	t.deepEqual(document.sources, [{id: 'harbour-times-2024-05-02', title: 'Talks stall over islands', outlet: 'Harbour Times', published: '2024-05-02', url: 'https://example.org/a'}]);
	t.deepEqual(
		document.facts.map(fact => fact.id),
		['person-lena-voss', 'quote-lena-voss', 'quote-lena-voss-2', 'quote-unknown', 'event-2022-03', 'treaty-treaty-of-ostrava'],
	);
	t.like(document.facts[3], {type: 'quote', speaker: 'unknown speaker'});
});

test('a date with no value is left out, and two articles from one outlet and day get distinct sources', t => {
	const document = toFactsDocument([
		{article, facts, url: null},
		{article, facts, url: null},
	]);
	t.false(document.facts.some(fact => fact.type === 'event' && fact.what === 'In recent years little has moved.'));
	t.deepEqual(document.sources.map(source => source.id), ['harbour-times-2024-05-02', 'harbour-times-2024-05-02-2']);
	t.is(new Set(document.facts.map(fact => fact.id)).size, document.facts.length);
});

test('slugs are lower-case ASCII words', t => {
	t.is(slug('Šťastná Nová  Dohoda (1945)!'), 'stastna-nova-dohoda-1945');
});
