import test from 'ava';
import {extractArticle} from '../../../source/core/article/extract-article.js';
import {articleFixture, paragraphsOf} from './fixture.js';

const furniture = [
	'Read more',
	'Related News',
	'Coast guards trade accusations',
	'Shipping insurers raise premiums',
	'The lighthouse at Cape Orrin',
	'Maritime border',
	'Most Read',
	'Storm closes mountain passes',
	'Read Next',
	'All Rights Reserved',
	'BREAKING',
	'Ferry services',
	'Shares',
	'Min Read',
];

test('a scraped page: the body is the article alone, from its standfirst to its last paragraph', t => {
	const article = extractArticle(articleFixture('straits-accord.txt'), 'text');
	t.is(article.title, 'Aldmark to keep pressing for straits treaty with Seravia despite frosty relations: FM');
	t.is(article.outlet, 'Northwind Herald');
	t.is(article.published, '2024-03-14');
	const paragraphs = paragraphsOf(article.body);
	t.is(paragraphs[0], "Aldmark's foreign minister says her government still wants a treaty that settles who controls the Velka Straits.");
	t.is(paragraphs.at(-1), 'Last month, a Seravian deputy minister said that no treaty could be signed while the current government in Aldmark remained in office.');
	t.is(paragraphs.length, 9);
	for (const phrase of furniture) t.false(article.body.includes(phrase), phrase);
});

test('in-body furniture goes but the paragraphs around it stay, each separated by one blank line', t => {
	const {body} = extractArticle(articleFixture('straits-accord.txt'), 'text');
	t.true(body.includes('Talks on the waterway began in 1998 and have stalled several times since then.\n\nThe two countries never agreed'));
	t.true(body.includes("coast guard.\n\nAldmark argues that a shared fishing zone could come first"));
	t.false(/\n{3,}/u.test(body));
});

test('a text browser dump wrapped at 100 columns: wrapped lines are joined, teaser, disclaimer and comments dropped', t => {
	const article = extractArticle(articleFixture('straits-talks.w3m.txt'), 'text');
	t.is(article.title, 'Seravia says it is ready to return to straits talks if Aldmark drops customs pact');
	t.is(article.outlet, 'Meridian Wire');
	t.is(article.byline, 'Meridian Wire');
	t.is(article.published, '2024-03-15');
	const paragraphs = paragraphsOf(article.body);
	t.is(
		paragraphs[0],
		'Geneva [Switzerland], March 15 : Seravia is prepared to resume negotiations with Aldmark on the Velka Straits, its chief negotiator Pavel Dorn told reporters on Thursday, but only if Aldmark reconsiders its membership of a regional customs pact.',
	);
	t.is(paragraphs.at(-1), 'Relations between the neighbours, he added, are "at their lowest point in a generation".');
	t.is(paragraphs.length, 7);
	for (const phrase of ['chief negotiator said ...', 'Open in App', 'Disclaimer', 'Related Stories', 'Comments', 'Talks without trust', '©']) {
		t.false(article.body.includes(phrase), phrase);
	}
});

test('a dateline gives the day; the year comes from the page when the dateline has none', t => {
	const page = [
		'Harbour News',
		'',
		'Ferry link between the islands reopens after storm repairs',
		'',
		'Port Ellis, April 3 : The ferry link between the two islands reopened on Wednesday after a month of repairs to the harbour wall, the port authority said.',
		'',
		'Crews worked through the night to finish the work before the Easter holidays, when traffic on the route usually doubles.',
		'',
		'The operator said timetables would return to normal from next week.',
		'',
		'© 2024 Harbour News. All rights reserved.',
	].join('\n');
	const article = extractArticle(page, 'text');
	t.is(article.published, '2024-04-03');
	t.is(article.title, 'Ferry link between the islands reopens after storm repairs');
	t.true(article.body.startsWith('Port Ellis, April 3 : The ferry link'));
	t.true(article.body.endsWith('return to normal from next week.'));
});

test('a page with no date gives null rather than guessing', t => {
	t.is(extractArticle('Ferry link reopens\n\nThe ferry link between the islands reopened on Wednesday after repairs.', 'text').published, null);
});

test('a page too short to hold prose is all body', t => {
	t.is(extractArticle('just one line', 'text').body, 'just one line');
	t.is(extractArticle('', 'text').body, '');
});
