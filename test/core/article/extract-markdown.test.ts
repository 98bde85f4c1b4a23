import test from 'ava';
import {extractArticle} from '../../../source/core/article/extract-article.js';
import {articleFixture, paragraphsOf} from './fixture.js';

test('Markdown: markup is stripped, the first heading is the title, every paragraph but furniture is kept', t => {
	const article = extractArticle(articleFixture('straits-accord.md'), 'markdown');
	t.is(article.title, 'Aldmark to keep pressing for straits treaty with Seravia despite frosty relations: FM');
	t.is(article.outlet, 'Northwind Herald');
	t.is(article.byline, 'Lena Mokri');
	t.is(article.published, '2024-03-14');
	const paragraphs = paragraphsOf(article.body);
	t.is(
		paragraphs[0],
		"Aldmark's foreign minister told parliament on Wednesday that the government will go on seeking a treaty with Seravia on the Velka Straits, even though relations between the two neighbours have rarely been worse.",
	);
	t.is(
		paragraphs[1],
		'"Our ties with Seravia are strained, and we do not pretend otherwise, but a treaty on the straits is still the only way to give our fishermen and shippers certainty," Foreign Minister Ilse Varga told the chamber.',
	);
	t.is(paragraphs.at(-1), 'Last month, a Seravian deputy minister said that no treaty could be signed while the current government in Aldmark remained in office.');
	t.true(paragraphs.includes('What the two sides want'));
	t.true(paragraphs.includes('Aldmark wants a shared fishing zone first, with the border drawn later.'));
	for (const markup of ['#', '**', '](', '![', '> ', 'Read more', 'By Lena Mokri', 'cape-orrin.jpg']) {
		t.false(article.body.includes(markup), markup);
	}
});

test('Markdown emphasis marks go but underscores inside words and arithmetic stay', t => {
	const {body} = extractArticle('The _snake_case_ name, a file_name, 2*3*4 and __bold__ or *stressed* words, `code` and ~~struck~~ text.', 'markdown');
	t.is(body, 'The snake_case name, a file_name, 2*3*4 and bold or stressed words, code and struck text.');
});

test('a setext title and a dateline', t => {
	const article = extractArticle('Ferry link reopens\n==================\n\nPort Ellis, April 3, 2024 : The ferry link reopened on Wednesday.\n', 'markdown');
	t.is(article.title, 'Ferry link reopens');
	t.is(article.published, '2024-04-03');
	t.is(article.body, 'Port Ellis, April 3, 2024 : The ferry link reopened on Wednesday.');
});
