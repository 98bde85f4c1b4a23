import {isCommentMarker, isCopyrightLine, isEndHeading, isFurnitureLine, isLinkBlockHeading} from './furniture.js';
import {pageStopWords, proseFeatures, proseQuality, wordsOf, type ProseFeatures} from './prose-score.js';
import type {TextUnit} from './text-units.js';

export type ScoredUnit = TextUnit & {
	features: ProseFeatures;
	/** The same text occurs elsewhere on the page (menus twice, headline lists, teasers). */
	repeated: boolean;
	furniture: boolean;
	/** Positive for prose, negative for page chrome; the article is the run with the largest sum. */
	score: number;
};

const truncated = /(?:\.\.\.|…)["'”’)\]]*$/u;
// The article does not continue past a comment thread's heading or first comment.
const stopScore = -40;
// Prose after a comments heading, or around the copyright line, counts this much.
const discount = 0.3;
const footerReach = 5;
// Text browsers indent article text at most for a quotation or a list item's second line.
const deepIndent = 6;

/** Scores each unit of a page by how much it reads like article prose. */
export function scoreUnits(units: TextUnit[]): ScoredUnit[] {
	const words = units.map(unit => wordsOf(unit.text));
	const keys = words.map(list => list.join(' ').toLowerCase());
	const counts = new Map<string, number>();
	const openings = new Map<string, number>();
	for (const key of keys) {
		counts.set(key, (counts.get(key) ?? 0) + 1);
		const opening = key.slice(0, 40);
		openings.set(opening, (openings.get(opening) ?? 0) + 1);
	}
	const pageStops = pageStopWords(words);
	const threadStarts = commentThreadStarts(units);
	const nearFooter = nearCopyright(units);
	// Articles come before their comments: once there has been some prose,
	// prose after each thread or comments heading counts for less.
	let stops = 0;
	let proseSoFar = 0;
	return units.map((unit, index) => {
		const key = keys[index]!;
		const features = proseFeatures(unit.text, pageStops, words[index]);
		const isTruncated = truncated.test(unit.text);
		if (isTruncated) features.endsSentence = false;
		// A truncated teaser whose opening another unit repeats in full.
		const teaser = isTruncated && key.length >= 40 && (openings.get(key.slice(0, 40)) ?? 0) > 1;
		// Text browsers print an image's alt text and then its caption, which starts the same way.
		const echoed = key.length >= 20 && (keys[index + 1]?.startsWith(key) === true || keys[index - 1]?.startsWith(key) === true);
		const repeated = (counts.get(key) ?? 0) > 1 || teaser || echoed;
		const furniture = isFurnitureLine(unit.text);
		const stop = threadStarts.has(index) || isEndHeading(unit.text);
		if (stop && proseSoFar >= 50) stops++;
		let score = stop ? stopScore : unitScore(unit, features, repeated, furniture);
		if (score > 0) {
			proseSoFar += score;
			score *= discount ** Math.min(stops, 5);
			// Legal small print sits around the copyright line and reads like prose.
			if (nearFooter.has(index)) score *= discount;
		}
		// Spelt out: spreading the unit was the slowest step of scoring a page.
		const {text, line, indent, bullet, afterBlank} = unit;
		return {text, line, indent, bullet, afterBlank, features, repeated, furniture, score};
	});
}

function unitScore(unit: TextUnit, features: ProseFeatures, repeated: boolean, furniture: boolean): number {
	if (furniture) return -2 - features.words / 2;
	if (isLinkBlockHeading(unit.text)) return -5;
	if (features.words < 5) return unit.bullet ? -2 : -1;
	let quality = proseQuality(features);
	// Menus and link lists are short bullets, repeated headlines and deeply indented asides.
	const navigational =
		(unit.bullet && features.words < 12) ||
		(repeated && (features.words < 15 || !features.endsSentence)) ||
		unit.indent >= deepIndent;
	if (navigational) quality -= 0.3;
	const score = features.words * (quality - 0.55);
	// Tables, sub-headings and lists inside an article are not prose but not chrome either.
	return score < 0 && !navigational ? score / 2 : score;
}

function nearCopyright(units: TextUnit[]): Set<number> {
	const near = new Set<number>();
	for (const [index, unit] of units.entries()) {
		if (!isCopyrightLine(unit.text)) continue;
		for (let other = Math.max(0, index - footerReach); other <= index + footerReach; other++) near.add(other);
	}
	return near;
}

/** Units that start a run of at least three comment markers within twenty units. */
function commentThreadStarts(units: TextUnit[]): Set<number> {
	const markers = units.flatMap((unit, index) => (isCommentMarker(unit.text) ? [index] : []));
	const starts = new Set<number>();
	for (const [position, index] of markers.entries()) {
		const third = markers[position + 2];
		if (third !== undefined && third - index <= 20) starts.add(index);
	}
	return starts;
}
