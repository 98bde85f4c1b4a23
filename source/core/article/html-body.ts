import type {DomParagraph} from './dom-paragraphs.js';
import {parseByline} from './byline.js';
import {isCaption, isEndHeading, isFurnitureLine, isLinkBlockHeading} from './furniture.js';
import {proseFeatures, type ProseFeatures} from './prose-score.js';
import {isDateLine} from './published-date.js';

type Paragraph = DomParagraph & {features: ProseFeatures};

function isProse({features}: Paragraph): boolean {
	return features.words >= 5 && features.endsSentence;
}

function normalized(text: string): string {
	return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

function isFurniture(paragraph: Paragraph, title: string): boolean {
	const {text, tag, features} = paragraph;
	if (isFurnitureLine(text) || isCaption(text) || isDateLine(text)) return true;
	if (features.words <= 12 && parseByline(text)) return true;
	if (tag === 'figcaption' || tag === 'caption') return true;
	// Links to other pages, and asides the page's classes name as such, are furniture unless they are prose.
	if (!isProse(paragraph) && (paragraph.linkDensity > 0.6 || paragraph.furnitureHint)) return true;
	// The headline again, or a breadcrumb trail ending in it.
	const key = normalized(text);
	return title.length > 0 && features.words <= 40 && (key === title || (key.endsWith(title) && key.length < title.length + 40));
}

/**
 * Readability keeps some furniture inside the article's container: captions and
 * credits, "Read more:" links, related-story lists, the headline and date
 * lines. Drop them, and any short non-prose lines left before the first paragraph.
 */
export function cleanHtmlParagraphs(paragraphs: DomParagraph[], title: string | null): string[] {
	const titleKey = title ? normalized(title) : '';
	const kept: Paragraph[] = [];
	let inLinkBlock = false;
	for (const dom of paragraphs) {
		const paragraph = {...dom, features: proseFeatures(dom.text)};
		if (isLinkBlockHeading(dom.text) || isEndHeading(dom.text)) {
			inLinkBlock = true;
			continue;
		}
		if (inLinkBlock && !isProse(paragraph)) continue;
		inLinkBlock = false;
		if (!isFurniture(paragraph, titleKey)) kept.push(paragraph);
	}
	// Only the start: lists and tables often end an article (tour dates, results).
	const first = kept.findIndex(paragraph => isProse(paragraph) || paragraph.features.words >= 10);
	return (first < 0 ? [] : kept.slice(first)).map(paragraph => paragraph.text);
}
