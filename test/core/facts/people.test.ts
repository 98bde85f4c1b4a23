import {readFileSync} from 'node:fs';
import test from 'ava';
import {extractPeople} from '../../../source/core/facts/people.js';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/facts/${name}`, import.meta.url), 'utf8');

test('people are merged across the article with their roles and the other ways they are named', t => {
	t.deepEqual(extractPeople(fixture('border-accord-spokesman.txt')), [
		{name: 'Andrius Kalnas', roles: ['Chancellery spokesman'], aliases: ['Kalnas', 'the spokesman']},
		{name: 'Aino Virtanen', roles: ['Finnish Prime Minister'], aliases: ['Virtanen']},
	]);
});

test('a role named before the person and an appositive role both count', t => {
	t.deepEqual(extractPeople(fixture('fishing-accord-ministry.txt')), [{name: 'Lars Bergqvist', roles: ['Prime Minister'], aliases: ["Sweden's Prime Minister"]}]);
	t.deepEqual(extractPeople('Dmitry Peskov, the Kremlin\'s spokesman, spoke on Friday. Mr. Peskov said little.'), [
		{name: 'Dmitry Peskov', roles: ["Kremlin's spokesman"], aliases: ['Peskov']},
	]);
});

test('places, organisations and sentence-initial words are not people', t => {
	t.deepEqual(extractPeople('Moscow said the Foreign Ministry would reply. Dialogue has stalled. Japan and Russia never signed a treaty.'), []);
});
