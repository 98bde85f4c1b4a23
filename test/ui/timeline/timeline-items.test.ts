import test from 'ava';
import type {Fact, Source} from '../../../source/core/pack/schema.js';
import {describeFactCounts, timelineItems} from '../../../source/ui/timeline/timeline-items.js';
import {builtInPack} from '../screens/helpers.js';

const source: Source = {id: 's', title: 'A title', outlet: 'Courier', published: '2024-06-12'};

test('dated facts come first, oldest first, then undated quotes, treaties and people', t => {
	const pack = builtInPack();
	const items = timelineItems(pack.facts, pack.sources);
	t.is(items.length, pack.facts.length);
	const dated = items.filter(item => item.date !== undefined);
	const dates = dated.map(item => item.date!);
	t.deepEqual(dates, dates.toSorted());
	t.deepEqual(items.slice(0, dated.length), dated);
	t.deepEqual(
		items.slice(dated.length).map(item => item.kind),
		['quote', 'quote', 'quote', 'treaty', 'person', 'person', 'person'],
	);
	t.is(items[0]?.date, '1945');
	t.is(items.at(-1)?.heading, 'Dmitry Peskov');
});

test('a bare year comes before the months of that year, and equal dates keep the pack order', t => {
	const event = (id: string, date: string): Fact => ({id, type: 'event', source: 's', date, what: id});
	const items = timelineItems([event('b', '1998-11'), event('a', '1998'), event('c', '1998-11'), event('d', '1990')], [source]);
	t.deepEqual(
		items.map(item => item.id),
		['d', 'a', 'b', 'c'],
	);
});

test('each kind says who and what: speaker and role, treaty year and parties, roles and aliases', t => {
	const facts: Fact[] = [
		{id: 'q', type: 'quote', source: 's', speaker: 'Helena Varga', role: 'Prime Minister', text: 'Neighbours can settle it.', kind: 'direct'},
		{id: 'r', type: 'quote', source: 's', speaker: 'Piotr Salo', text: 'the pact would protect the villages', kind: 'indirect'},
		{id: 't', type: 'treaty', source: 's', name: 'Treaty of Merin', year: 1962, parties: ['Ostrava', 'Belmark'], signed: false},
		{id: 'p', type: 'person', source: 's', name: 'Anna Kerr', roles: ['head of the cooperative'], aliases: ['Kerr']},
	];
	const byId = new Map(timelineItems(facts, [source]).map(item => [item.id, item]));
	t.like(byId.get('q'), {heading: 'Helena Varga (Prime Minister)', detail: {text: 'Neighbours can settle it.', style: 'direct'}, source: 'Courier, 12 Jun 2024'});
	t.like(byId.get('r'), {heading: 'Piotr Salo', detail: {style: 'reported'}});
	t.like(byId.get('t'), {date: '1962', heading: 'Treaty of Merin (1962)', detail: {text: 'Parties: Ostrava, Belmark · not signed'}});
	t.like(byId.get('p'), {date: undefined, heading: 'Anna Kerr', detail: {text: 'head of the cooperative · also called Kerr'}});
});

test('escape sequences and control characters never reach an item', t => {
	const hostile = '\u001B[2JShady\u001B]0;pwned\u0007 text\u0007';
	const facts: Fact[] = [{id: 'q', type: 'quote', source: 's', speaker: hostile, text: `${hostile}\nwords`, kind: 'direct'}];
	const [item] = timelineItems(facts, [{id: 's', title: hostile, outlet: hostile}]);
	t.is(item?.heading, 'Shady text');
	t.is(item?.detail?.text, 'Shady text words');
	t.is(item?.source, 'Shady text');
});

test('the counts name every kind, events as dates, in the singular where it is one', t => {
	t.is(describeFactCounts(builtInPack().facts), '12 quotes · 4 dates · 2 treaties · 3 people');
	const facts: Fact[] = [
		{id: 'q', type: 'quote', source: 's', speaker: 'A', text: 'B', kind: 'direct'},
		{id: 't', type: 'treaty', source: 's', name: 'T', parties: []},
		{id: 'p', type: 'person', source: 's', name: 'P', roles: [], aliases: []},
	];
	t.is(describeFactCounts(facts), '1 quote · 0 dates · 1 treaty · 1 person');
});
