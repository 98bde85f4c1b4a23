import test from 'ava';
import {extractArticle} from '../../../source/core/article/extract-article.js';
import {articleFixture, paragraphsOf} from './fixture.js';

test('an HTML page: Readability finds the article; captions, read-more links, related lists, ads and tags go', t => {
	const article = extractArticle(articleFixture('straits-accord.html'), 'html');
	t.is(article.title, 'Aldmark to keep pressing for straits treaty with Seravia despite frosty relations: FM');
	t.is(article.outlet, 'Northwind Herald');
	t.is(article.byline, 'Lena Mokri');
	t.is(article.published, '2024-03-14');
	const paragraphs = paragraphsOf(article.body);
	t.is(
		paragraphs[0],
		"Aldmark's foreign minister told parliament on Wednesday that the government will go on seeking a treaty with Seravia on the Velka Straits, even though relations between the two neighbours have rarely been worse.",
	);
	t.is(paragraphs.at(-1), 'Last month, a Seravian deputy minister said that no treaty could be signed while the current government in Aldmark remained in office.');
	t.is(paragraphs.length, 8);
	for (const phrase of [
		'Read more',
		'Related News',
		'Coast guards trade accusations',
		'lighthouse at Cape Orrin',
		'Advertisement',
		'Velka Straits\n',
		'Most Read',
		'Storm closes',
		'BREAKING',
		'dataLayer',
		'font-family',
		'Privacy Policy',
		'3 Shares',
	]) {
		t.false(article.body.includes(phrase), phrase);
	}
});

test('without Open Graph tags the metadata comes from JSON-LD, then from <time>', t => {
	const page = `<html><head>
		<script type="application/ld+json">[{"@type": ["NewsArticle"], "headline": "Straits talks resume in Geneva",
		"datePublished": "2024-05-02T21:40:00-04:00", "author": {"@type": "Person", "name": "Pavel Ostrom"},
		"publisher": {"@type": "NewsMediaOrganization", "name": "Meridian Wire"}}]</script>
		</head><body><article><h1>Straits talks resume</h1>
		<p>Negotiators from Aldmark and Seravia met in Geneva on Thursday for the first time since the autumn, officials from both delegations said after a short morning session.</p>
		<p>They agreed to meet again in June and to set up a technical group on fishing in the straits before the season opens, according to a joint statement released in the evening.</p>
		</article></body></html>`;
	const article = extractArticle(page, 'html');
	t.is(article.title, 'Straits talks resume in Geneva');
	t.is(article.outlet, 'Meridian Wire');
	t.is(article.byline, 'Pavel Ostrom');
	// The day as the page wrote it, not shifted to UTC.
	t.is(article.published, '2024-05-02');
	t.true(article.body.startsWith('Negotiators from Aldmark and Seravia met in Geneva'));

	const timeOnly = '<html><body><article><time datetime="2023-01-23T09:55:00+03:00">23 Jan</time><p>Short.</p></article></body></html>';
	t.is(extractArticle(timeOnly, 'html').published, '2023-01-23');
});

test('a fragment without <html> or a page Readability cannot read still gives its text', t => {
	t.is(extractArticle('<p>Short page.</p>', 'html').body, 'Short page.');
	t.is(extractArticle('plain words, no tags', 'html').body, 'plain words, no tags');
	t.is(extractArticle('', 'html').body, '');
});

test('paragraphs follow block elements: headings, list items and quotes each stand alone', t => {
	const page = `<html><body><article>
		<p>The accord has three parts, the negotiators said on Thursday after talks that ran late into the night in the old town hall.</p>
		<h2>Fishing</h2>
		<ul><li>A shared zone for five years, with quotas set by a joint committee every spring.</li><li>Inspections by both coast guards, announced a day in advance.</li></ul>
		<blockquote>We have a text both parliaments can accept, and that is more than anyone expected a month ago.</blockquote>
		<p>The border itself is left for a later round, which is expected to begin after the elections in both countries next year.</p>
		</article></body></html>`;
	t.deepEqual(paragraphsOf(extractArticle(page, 'html').body), [
		'The accord has three parts, the negotiators said on Thursday after talks that ran late into the night in the old town hall.',
		'Fishing',
		'A shared zone for five years, with quotas set by a joint committee every spring.',
		'Inspections by both coast guards, announced a day in advance.',
		'We have a text both parliaments can accept, and that is more than anyone expected a month ago.',
		'The border itself is left for a later round, which is expected to begin after the elections in both countries next year.',
	]);
});
