import {copyrightHolder, isOrganisation, parseByline, type Byline} from './byline.js';
import {isCaption, isCommentMarker, isEndHeading, isLinkBlockHeading} from './furniture.js';
import {contentWords} from './prose-score.js';
import {copyrightYear, findDates, formatDay, isDateLine} from './published-date.js';
import type {ScoredUnit} from './text-score.js';

export type TextMetadata = {
	title: string | null;
	titleIndex: number;
	byline: string | null;
	outlet: string | null;
	published: string | null;
	/** The last byline or date line of the header under the title, or -1. */
	headerEnd: number;
};

// Headlines sit above the body, with at most a standfirst, byline, date and share bar between.
const titleReach = 40;
const headerReach = 8;

/** Under a headline any short line with a date in it dates the article ("Nov 18, 2019 • 2 min read • Sports"). */
function hasDate(text: string): boolean {
	return text.split(/\s+/u).length <= 14 && findDates(text).length > 0;
}

function bylineAt(units: ScoredUnit[], index: number): Byline | null {
	const unit = units[index];
	return unit ? parseByline(unit.text, units[index + 1]?.text) : null;
}

function hasHeaderBelow(units: ScoredUnit[], index: number): boolean {
	for (let next = index + 1; next <= index + 6 && next < units.length; next++) {
		if (bylineAt(units, next) || hasDate(units[next]!.text)) return true;
	}
	return false;
}

function isTitleCandidate(unit: ScoredUnit): boolean {
	const {words} = unit.features;
	const text = unit.text;
	return (
		words >= 3 &&
		words <= 30 &&
		text.length <= 250 &&
		// Headlines do not end with a full stop; sentences do.
		!/[^.]\.["'”’]?$/u.test(text) &&
		!unit.furniture &&
		!isLinkBlockHeading(text) &&
		!isEndHeading(text) &&
		!isCommentMarker(text) &&
		!isDateLine(text) &&
		!isCaption(text) &&
		!parseByline(text) &&
		// Image alt texts, handles and breadcrumbs.
		!/^\[.*\]$|^@\S+$|^you are here\b/iu.test(text)
	);
}

/** The headline: a short line just above the body that shares its words and has a byline or date under it. */
function findTitle(units: ScoredUnit[], bodyFirst: number, bodyWords: Set<string>): number {
	let best = {index: -1, score: 0.8};
	for (let index = Math.max(0, bodyFirst - titleReach); index <= bodyFirst + 1 && index < units.length; index++) {
		const unit = units[index]!;
		if (!isTitleCandidate(unit)) continue;
		const words = contentWords(unit.text);
		if (words.length === 0) continue;
		const overlap = words.filter(word => bodyWords.has(word)).length / words.length;
		const headed = hasHeaderBelow(units, index);
		// A headline is about what the body is about; a line of the body itself
		// is the headline only with a byline or date right under it.
		if (overlap < (headed ? 0.15 : 0.3) || (!headed && index >= bodyFirst)) continue;
		let score = overlap * 2 + 0.3 * (1 - Math.abs(bodyFirst - index) / titleReach) + (headed ? 1 : 0);
		// Headlines run to several words; a name or a section label alone is two or three.
		score += 0.05 * Math.min(unit.features.words, 8);
		if (unit.bullet) score -= 0.5;
		if (score > best.score) best = {index, score};
	}
	return best.index;
}

/** The short byline and date lines under the title; a standfirst may come between. */
function headerLines(units: ScoredUnit[], from: number): number[] {
	const lines: number[] = [];
	let standfirstWords = 0;
	for (let index = from; index < Math.min(units.length, from + headerReach); index++) {
		const unit = units[index]!;
		if (bylineAt(units, index) || /^by:?$/iu.test(unit.text) || hasDate(unit.text)) lines.push(index);
		else if (!unit.furniture && unit.features.words >= 5) standfirstWords += unit.features.words;
		if (standfirstWords > 60) break;
	}
	return lines;
}

function publishedDate(units: ScoredUnit[], header: number[], bodyFirst: number, page: string): string | null {
	const dates = header.flatMap(index => findDates(units[index]!.text));
	const dated = dates.filter(date => date.year !== null);
	const chosen = dated.find(date => !date.updated) ?? dated[0];
	if (chosen?.year) return formatDay(chosen.year, chosen.month, chosen.day);
	// A dateline: "Moscow [Russia], October 26 : …", its year from elsewhere on the page.
	const firstParagraph = units[bodyFirst]?.text.slice(0, 80) ?? '';
	const [dateline] = findDates(firstParagraph);
	const year = dateline?.year ?? copyrightYear(page);
	return dateline && year ? formatDay(year, dateline.month, dateline.day) : null;
}

/** A short line at the top of the page that comes back further down: the site's name. */
function siteName(units: ScoredUnit[]): string | null {
	const counts = new Map<string, number>();
	for (const unit of units) counts.set(unit.text, (counts.get(unit.text) ?? 0) + 1);
	const top = units.slice(0, 8).find(unit => unit.features.words <= 5 && !unit.furniture && (counts.get(unit.text) ?? 0) > 1);
	// "News" or "Latest News" repeated in the menus is a section, not the site.
	const section = /^(?:(?:latest|top|breaking|nightly|world|local|home|more|all)\s+)*(?:news|stories|headlines)$/iu;
	return top && !section.test(top.text) ? top.text : null;
}

export function textMetadata(units: ScoredUnit[], bodyFirst: number, page: string): TextMetadata {
	const bodyWords = new Set(units.slice(bodyFirst, bodyFirst + 30).flatMap(unit => contentWords(unit.text)));
	const titleIndex = bodyFirst < units.length ? findTitle(units, bodyFirst, bodyWords) : -1;
	const headerStart = titleIndex >= 0 ? titleIndex + 1 : Math.max(0, bodyFirst - headerReach);
	const header = headerLines(units, headerStart);
	const byline = header.map(index => bylineAt(units, index)).find(found => found !== null) ?? null;
	const site = siteName(units);
	let outlet: string | null = null;
	if (byline && (byline.organisation || byline.name.toLowerCase() === site?.toLowerCase())) outlet = byline.name;
	else if (site && isOrganisation(site)) outlet = site;
	else outlet = copyrightHolder(page);
	return {
		title: titleIndex >= 0 ? units[titleIndex]!.text : null,
		titleIndex,
		byline: byline?.name ?? null,
		outlet,
		published: publishedDate(units, header, bodyFirst, page),
		headerEnd: header.at(-1) ?? -1,
	};
}
