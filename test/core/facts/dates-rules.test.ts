import test from 'ava';
import {extractDates} from '../../../source/core/facts/dates.js';

const values = (body: string, published: string | null) => extractDates(body, published).map(({text, value}) => [text, value]);

// 2025-10-26 is a Sunday, 2023-01-23 a Monday.

test('a bare weekday is the latest such day on or before publication; "last" is strictly before; "next" has no value', t => {
	t.deepEqual(values('Peskov said on Friday. Talks were held on Sunday. She left last Sunday. He spoke next Friday.', '2025-10-26'), [
		['on Friday', '2025-10-24'],
		['on Sunday', '2025-10-26'],
		['last Sunday', '2025-10-19'],
		['next Friday', null],
	]);
	t.deepEqual(values('The prime minister stated on Monday that talks will go on.', '2023-01-23'), [['on Monday', '2023-01-23']]);
});

test('a weekday in a clause about the future has no value, but a future in the reported words does not count', t => {
	t.deepEqual(values('The envoys will meet on Tuesday. Tokyo will press on, the minister said on Tuesday.', '2025-10-26'), [
		['on Tuesday', null],
		['on Tuesday', '2025-10-21'],
	]);
	t.deepEqual(values('On Friday, Peskov said the talks had failed. On Friday, the envoys are due to meet.', '2025-10-26'), [
		['On Friday', '2025-10-24'],
		['On Friday', null],
	]);
});

test('a month without a year takes the year in context, else the latest such month not after publication', t => {
	t.deepEqual(values('Moscow halted talks in March 2022. Later in April, Tokyo replied. In October, Moscow spoke again.', '2023-01-23'), [
		['in March 2022', '2022-03'],
		['Later in April', '2022-04'],
		['In October', '2022-10'],
	]);
	t.deepEqual(values('In October, Moscow spoke. In January, Tokyo replied. In February, nobody did.', '2023-01-23'), [
		['In October', '2022-10'],
		['In January', '2023-01'],
		['In February', '2022-02'],
	]);
	t.deepEqual(values('Tokyo replied last January.', '2023-01-23'), [['last January', '2022-01']]);
});

test('a context year that would put a month after publication gives way to the latest such month', t => {
	t.deepEqual(values('The plan was drafted in 2023. In March, it was shelved.', '2023-01-23'), [
		['in 2023', '2023'],
		['In March', '2022-03'],
	]);
});

test('"since", "until" and attributive years do not set the context year; a weekday brings the story back to the present', t => {
	t.deepEqual(values('The islands were seized in 1945. Japan has protested since 2003. In May, talks resumed.', '2025-10-26'), [
		['in 1945', '1945'],
		['since 2003', '2003'],
		['In May', '1945-05'],
	]);
	t.deepEqual(values('The islands were seized in 1945. Peskov spoke on Friday. In May, talks resumed.', '2025-10-26'), [
		['in 1945', '1945'],
		['on Friday', '2025-10-24'],
		['In May', '2025-05'],
	]);
	t.deepEqual(values('Tokyo cited the 1951 treaty. In May, talks resumed.', '2025-10-26'), [
		['1951', '1951'],
		['In May', '2025-05'],
	]);
});

test('a month and day without a year follows the same rule and keeps the day the text gives', t => {
	t.deepEqual(values('The envoy arrived on Dec. 15 and left.', '2025-10-26'), [['on Dec. 15', '2024-12-15']]);
	t.deepEqual(values('The envoy arrived on 9 October and left.', '2025-10-26'), [['on 9 October', '2025-10-09']]);
});

test('counted dates keep their unit as precision; "last week" has none; the future has none', t => {
	t.deepEqual(
		values('It rained yesterday. Exports fell last month. The law passed two years ago. Prices rose last week. Talks open tomorrow. Envoys met earlier this month.', '2025-10-26'),
		[
			['yesterday', '2025-10-25'],
			['last month', '2025-09'],
			['two years ago', '2023'],
			['last week', null],
			['tomorrow', null],
			['earlier this month', '2025-10'],
		],
	);
});

test('vague times are not dates; a decade is kept without a value', t => {
	t.deepEqual(values('Ties have frozen in recent years and talks stalled for decades now. Trade peaked in the 1990s.', '2025-10-26'), [['in the 1990s', null]]);
});

test('bare years need a sign of being years', t => {
	t.deepEqual(values('The war ended in 1945 and the treaty of 1951 followed (1952). Between 1956 and 1960 little changed. 1,945 people and 2000 troops came.', null), [
		['in 1945', '1945'],
		['1951', '1951'],
		['1952', '1952'],
		['Between 1956', '1956'],
		['1960', '1960'],
	]);
	t.deepEqual(values('In 2000 cases the fee is $2003. Flight 1945 left at 10:00. Only 2 Shares. Aged 45, he wrote 2022/23 and 15.2022 and 1999%.', null), []);
});

test('chrono readings that are not dates in news text are skipped', t => {
	t.deepEqual(values('Protesters march on the capital. Russia may sign. The Sun reported it 24/7. A 3 to 2 vote; 3/4 of voters stayed for 2 days, and a day later left at 7.', '2025-10-26'), []);
});

test('without a publication date, only dates the text fixes have values', t => {
	t.deepEqual(values('Peskov spoke on Friday. In October, Moscow spoke. It was done in March 2022. Later in April, Tokyo replied. Prices fell last month.', null), [
		['on Friday', null],
		['In October', null],
		['in March 2022', '2022-03'],
		['Later in April', '2022-04'],
		['last month', null],
	]);
});

test('a publication date that is not a real day counts as none', t => {
	t.deepEqual(values('Peskov spoke on Friday.', '2025-02-30'), [['on Friday', null]]);
	t.deepEqual(values('Peskov spoke on Friday.', 'yesterday'), [['on Friday', null]]);
});

test('events: a fronted subordinate clause, a relative clause, a trailing reason, another fronted date', t => {
	const events = (body: string) => extractDates(body, '2025-10-26').map(({text, event}) => [text, event]);
	t.deepEqual(events('When Japan signed the accord in 1956, the war formally ended.'), [['in 1956', 'Japan signed the accord']]);
	t.deepEqual(events('The row is over the islands of the Kuril chain, which were seized in 1945 as part of the settlement.'), [
		['in 1945', 'the islands of the Kuril chain were seized'],
	]);
	t.deepEqual(events('In May 2022, Moscow froze the talks; Tokyo protested in June 2022 because of the freeze.'), [
		['In May 2022', 'Moscow froze the talks'],
		['in June 2022', 'Tokyo protested'],
	]);
	t.deepEqual(events('Later in April, Japan renamed the islands for the first time since 2003.'), [
		['Later in April', 'Japan renamed the islands for the first time since 2003'],
		['since 2003', 'Japan renamed the islands for the first time'],
	]);
});

test('a range lends its year to a month before it, and each event drops the whole range; a part of a year stays in the text', t => {
	const found = (body: string) => extractDates(body, '2025-10-26').map(({text, value, event}) => [text, value, event]);
	t.deepEqual(found('Officials met between March and May 2022 to draft the text.'), [
		['between March', '2022-03', 'Officials met to draft the text'],
		['May 2022', '2022-05', 'Officials met to draft the text'],
	]);
	t.deepEqual(found('Between 1956 and 1960 little changed.'), [
		['Between 1956', '1956', 'little changed'],
		['1960', '1960', 'little changed'],
	]);
	t.deepEqual(found('The treaty was signed in the summer of 1945.'), [['in the summer of 1945', '1945', 'The treaty was signed']]);
});

test('events: a comment clause after the date is left out; a relative clause with a modal keeps its antecedent', t => {
	const found = (body: string) => extractDates(body, '2025-10-26').map(({text, value, event}) => [text, value, event]);
	t.deepEqual(found('Russia annexed Crimea in 2014, which Ukraine rejects.'), [['in 2014', '2014', 'Russia annexed Crimea']]);
	t.deepEqual(found('The summit, which will be held on Friday, was cancelled.'), [['on Friday', null, 'The summit will be held']]);
	t.deepEqual(found('The islands, seized in 1945, remain disputed.'), [['in 1945', '1945', 'The islands were seized']]);
});
