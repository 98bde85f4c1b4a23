import type {Article} from './article.js';
import {densestRegion, keptInside} from './text-body.js';
import {scoreUnits} from './text-score.js';
import {textMetadata} from './text-metadata.js';
import {textUnits} from './text-units.js';

/**
 * A page dumped as plain text: the article is the densest run of prose
 * lines; its headline, byline and date sit just above it.
 */
export function extractTextArticle(text: string): Article {
	const units = scoreUnits(textUnits(text));
	const region = densestRegion(units);
	let kept = keptInside(units, region.start, region.end);
	const bodyFirst = kept[0] ? units.indexOf(kept[0]) : units.length;
	const metadata = textMetadata(units, bodyFirst, text);
	// The headline and the byline under it are never body, even when they read like prose.
	if (metadata.titleIndex >= 0 && Math.max(metadata.titleIndex, metadata.headerEnd) >= region.start) {
		const start = Math.max(metadata.titleIndex, metadata.headerEnd) + 1;
		const trimmed = keptInside(units, start, region.end);
		if (trimmed.length > 0) kept = trimmed;
	}
	// A page too short to hold prose, such as a single line, is all body.
	if (kept.length === 0) kept = units.filter(unit => !unit.furniture);
	return {
		title: metadata.title,
		outlet: metadata.outlet,
		byline: metadata.byline,
		published: metadata.published,
		body: kept.map(unit => unit.text).join('\n\n'),
	};
}
