import test from 'ava';
import {isCaption, isCommentMarker, isEndHeading, isFurnitureLine, isLinkBlockHeading} from '../../../source/core/article/furniture.js';

test('prompts, share bars, notices and counters are furniture', t => {
	for (const line of [
		'Read more: Top official criticises joint statement on the straits',
		'Also read: Fishing crews protest outside parliament',
		'Share this article',
		'Subscribe to our newsletter',
		'Advertisement',
		'Continue reading the main story',
		'All Rights Reserved',
		'© 2024 Meridian Daily',
		'Open in App',
		'Disclaimer: This post has been auto-published from an agency feed without any modifications to the text',
		'2 Shares',
		'4 Min Read',
		'Tags: Aldmark, Seravia',
		'(Reporting by Jane Doe; Editing by John Roe)',
		'Get the latest updates right in your inbox.',
		'Registration on or use of this site constitutes acceptance of our User Agreement',
	]) {
		t.true(isFurnitureLine(line), line);
	}
});

test('article sentences that start like furniture are not furniture', t => {
	for (const line of [
		'More than two-thirds of voters said they had not decided.',
		'Readers of the report will find little new in it.',
		'Registered voters in the north turned out in large numbers.',
		'Sharing the straits has never been easy for the two countries, officials said.',
	]) {
		t.false(isFurnitureLine(line), line);
	}
});

test('headings of link blocks and of the end of the article', t => {
	for (const heading of ['Related News', 'Related Stories', 'Most Read', 'Read Next', 'You may also like...', 'More from Northwind']) {
		t.true(isLinkBlockHeading(heading), heading);
	}
	t.false(isLinkBlockHeading('The related question of fishing rights remains open.'));
	t.false(isLinkBlockHeading('Top officials met on Friday'));
	for (const heading of ['Comments', '34 Comments', 'Leave a Reply', '34 responses to “Straits talks”']) t.true(isEndHeading(heading), heading);
	t.false(isEndHeading('Comments by the minister drew criticism from both parties in parliament on Tuesday.'));
});

test('captions and credits', t => {
	t.true(isCaption('Region of the islands (TASS)'));
	t.true(isCaption('The harbour at dawn. Photo: Jane Doe'));
	t.true(isCaption('Officials inspect the harbour wallCredit: Getty'));
	t.true(isCaption('Image caption The minister arrives in Geneva'));
	t.false(isCaption('The minister arrived in Geneva on Thursday (local time) for talks.'));
});

test('comment thread markers', t => {
	t.true(isCommentMarker('November 19, 2019 at 6:34 am'));
	t.true(isCommentMarker('Catherine on September 13, 2018 at 5:23 pm said:'));
	t.true(isCommentMarker('2 days ago'));
	t.true(isCommentMarker('Rating: 36 Votes'));
	t.false(isCommentMarker('The talks began at 10:00 on Thursday and went on until late in the evening, delegates said.'));
});
