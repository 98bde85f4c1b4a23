import test from 'ava';
import {extractArticle} from '../../../source/core/article/extract-article.js';
import {copyrightYear, dayOfTimestamp, findDates, isDateLine} from '../../../source/core/article/published-date.js';

const day = (text: string) => {
	const [found] = findDates(text);
	return found ? [found.year, found.month, found.day] : null;
};

test('the date forms news pages use', t => {
	t.deepEqual(day('23 Jan 2023 09:55'), [2023, 1, 23]);
	t.deepEqual(day('By ANI | Updated: October 26, 2025 10:00 IST'), [2025, 10, 26]);
	t.deepEqual(day('October 26, 2025'), [2025, 10, 26]);
	t.deepEqual(day('2025-10-26'), [2025, 10, 26]);
	t.deepEqual(day('Nov. 19, 2019 8:03 am ET'), [2019, 11, 19]);
	t.deepEqual(day('Published 3:04 PM ET Tue, 19 Nov 2019'), [2019, 11, 19]);
});

test('a dateline has a day and a month but no year', t => {
	t.deepEqual(day('Moscow [Russia], October 26 : The Kremlin has welcomed'), [null, 10, 26]);
});

test('relative dates, times, counts and reading times are not dates', t => {
	t.is(day('2 days ago at 07:52 am'), null);
	t.is(day('2 Min Read'), null);
	t.is(day('2 Shares'), null);
	t.is(day('on Monday'), null);
	t.is(day('no digits here at all'), null);
});

test('an update is told apart from a publication', t => {
	t.true(findDates('Updated: October 26, 2025')[0]?.updated);
	t.false(findDates('Published: October 26, 2025')[0]?.updated);
});

test('a machine timestamp gives the day as written, whatever its offset', t => {
	t.is(dayOfTimestamp('2023-01-23T09:55:00+03:00'), '2023-01-23');
	t.is(dayOfTimestamp('2019-11-19T23:30:00-05:00'), '2019-11-19');
	t.is(dayOfTimestamp('2019-11-20'), '2019-11-20');
	t.is(dayOfTimestamp('Tue, 19 Nov 2019 08:00:00 GMT'), '2019-11-19');
	t.is(dayOfTimestamp('0001-01-01T00:00:00Z'), null);
	t.is(dayOfTimestamp('not a date'), null);
});

test('a line that only dates the page, against a line that also says something', t => {
	t.true(isDateLine('Updated: Nov. 19, 2019 8:03 am ET'));
	t.true(isDateLine('23 Jan 2023 09:55'));
	t.true(isDateLine('Nov 18, 2019 at 9:24 pm ET • 2 min read'));
	t.false(isDateLine('June 9 -- Coral Sky Amphitheatre, West Palm Beach, FL'));
	t.false(isDateLine('Moscow [Russia], October 26 : The Kremlin has welcomed the statement.'));
});

test('the copyright year', t => {
	t.is(copyrightYear('© 2019 The New York Times Company'), 2019);
	t.is(copyrightYear('Copyright 2015-2024 Example Media'), 2024);
	t.is(copyrightYear('no notice'), null);
});

test('publication dates from pages: the byline block first, an update when that is all, a dateline last', t => {
	const page = (header: string, first: string) =>
		['Ferry link reopens after storm repairs', '', header, '', first, '', 'The operator said timetables would return to normal from next week.'].join('\n');
	t.is(extractArticle(page('By Harbour News | 14 Mar 2024 08:30', 'The ferry link between the islands reopened on Wednesday after repairs.'), 'text').published, '2024-03-14');
	t.is(
		extractArticle(page('By ANI | Updated: October 26, 2025 10:00 IST', 'Moscow [Russia], October 26 : The ferry link reopened on Wednesday.'), 'text').published,
		'2025-10-26',
	);
	t.is(
		extractArticle(page('Published: 2 April 2024 | Updated: 3 April 2024', 'The ferry link between the islands reopened on Wednesday after repairs.'), 'text').published,
		'2024-04-02',
	);
});
