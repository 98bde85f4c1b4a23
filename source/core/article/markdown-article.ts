import type {Article} from './article.js';
import {parseByline} from './byline.js';
import {isFurnitureLine} from './furniture.js';
import {frontMatterFields, markdownBlocks} from './markdown-text.js';
import {copyrightYear, dayOfTimestamp, findDates, formatDay, isDateLine} from './published-date.js';

// Byline, date and source lines under a headline: a handful at most.
const headerReach = 4;

/** A line under the headline that only says who wrote it and when: "By ANI | Updated: October 26, 2025". */
function headerLine(text: string): {byline: string | null; published: string | null} | null {
	if (text.split(/\s+/u).length > 16) return null;
	const byline = parseByline(text);
	if (!byline && !isDateLine(text)) return null;
	const dates = findDates(text).filter(date => date.year !== null);
	const date = dates.find(found => !found.updated) ?? dates[0];
	return {byline: byline?.name ?? null, published: date?.year ? formatDay(date.year, date.month, date.day) : null};
}

/**
 * A Markdown article is usually clean: every paragraph is kept but the
 * headline, the byline and date lines under it, and "Read more:"-style lines.
 */
export function extractMarkdownArticle(markdown: string): Article {
	const fields = frontMatterFields(markdown);
	const blocks = markdownBlocks(markdown);
	let title = fields.get('title') ?? null;
	let start = 0;
	if (blocks[0]?.heading === 1) {
		title ??= blocks[0].text;
		start = 1;
	}
	let byline = fields.get('author') ?? fields.get('byline') ?? null;
	let published = dayOfTimestamp(fields.get('date') ?? fields.get('published') ?? '');
	const headerEnd = start + headerReach;
	for (let header = headerLine(blocks[start]?.text ?? ''); header && start < headerEnd; header = headerLine(blocks[start]?.text ?? '')) {
		byline ??= header.byline;
		published ??= header.published;
		start++;
	}
	const body = blocks.slice(start).filter(block => !isFurnitureLine(block.text));
	if (!published && body[0]) {
		// A dateline ("Moscow, October 26 : …") takes its year from the page.
		const [dateline] = findDates(body[0].text.slice(0, 80));
		const year = dateline?.year ?? copyrightYear(markdown);
		if (dateline && year) published = formatDay(year, dateline.month, dateline.day);
	}
	const outlet = fields.get('publisher') ?? fields.get('outlet') ?? fields.get('source') ?? fields.get('site') ?? null;
	return {
		title,
		outlet: outlet ?? (byline && parseByline(`By ${byline}`)?.organisation ? byline : null),
		byline,
		published,
		body: body.map(block => block.text).join('\n\n'),
	};
}
