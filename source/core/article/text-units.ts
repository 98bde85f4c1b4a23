/**
 * A text dump cut into units: one per paragraph. Text browsers wrap
 * paragraphs at a fixed width (w3m: 80 or 100 columns); scrapers write one
 * paragraph a line. When most long lines stop just short of one width, a line
 * whose next word would not have fitted on it is joined to the next.
 */
export type TextUnit = {
	text: string;
	/** Index of the unit's first line in the dump. */
	line: number;
	/** Spaces before the unit's first line: text browsers indent nested lists and asides. */
	indent: number;
	/** Starts with a list marker (•, *, -, □ …). */
	bullet: boolean;
	/** A blank line (or the start of the page) comes before it. */
	afterBlank: boolean;
};

const bulletMarker = /^(?:[•·◦▪▫□■●○◆◇‣⁃∙☆★*+-]|\d{1,2}[.)])(?:\s+|$)/u;
// Dashes and numbers also start wrapped prose lines; these marks never do.
const unambiguousBullet = /^[•·◦▪▫□■●○◆◇‣⁃∙☆★]/u;
const wideCharacter = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/gu;

function displayWidth(line: string): number {
	return line.length + (line.match(wideCharacter)?.length ?? 0);
}

/** The column a dump was wrapped at, or null when it does not look wrapped. */
export function wrapWidth(lines: string[]): number | null {
	const maximum = 200;
	const histogram = new Array<number>(maximum + 2).fill(0);
	// Only a word longer than the width (a URL, a rule line) can pass it.
	const spacedHistogram = new Array<number>(maximum + 2).fill(0);
	for (const line of lines) {
		const width = Math.min(displayWidth(line), maximum + 1);
		if (width === 0) continue;
		histogram[width]!++;
		if (/\S\s+\S/u.test(line)) spacedHistogram[width]!++;
	}
	// Wrapped lines pile up just short of the width, and no line with a space passes it.
	let best = {width: 0, score: 0};
	let wider = spacedHistogram[maximum + 1]!;
	for (let width = maximum; width >= 40; width--) {
		let near = 0;
		for (let below = width; below > width - 12; below--) near += histogram[below]!;
		const score = near - 10 * wider;
		if (score > best.score) best = {width, score};
		wider += spacedHistogram[width]!;
	}
	if (best.score < 3) return null;
	let width = best.width;
	while (histogram[width] === 0) width--;
	return width;
}

export function textUnits(text: string): TextUnit[] {
	const lines = text.split('\n').map(line => line.replace(/[\s\u00A0]+$/u, ''));
	const width = wrapWidth(lines);
	const units: TextUnit[] = [];
	let previous: {unit: TextUnit; width: number; indent: number} | null = null;
	let afterBlank = true;
	for (const [index, raw] of lines.entries()) {
		const trimmed = raw.replace(/^[\s\u00A0]+/u, '');
		if (trimmed.length === 0) {
			previous = null;
			afterBlank = true;
			continue;
		}
		const indent = raw.length - trimmed.length;
		const bullet = bulletMarker.exec(trimmed);
		const firstWord = /^\S+/u.exec(trimmed)?.[0] ?? '';
		if (
			previous &&
			width !== null &&
			!(bullet && unambiguousBullet.test(trimmed)) &&
			previous.width + 1 + displayWidth(firstWord) > width &&
			(indent === previous.indent || indent === previous.indent + 2)
		) {
			previous.unit.text += ` ${trimmed}`;
			previous.width = displayWidth(raw);
			continue;
		}
		const content = bullet ? trimmed.slice(bullet[0].length) : trimmed;
		const unit: TextUnit = {text: content, line: index, indent, bullet: Boolean(bullet), afterBlank};
		units.push(unit);
		previous = {unit, width: displayWidth(raw), indent};
		afterBlank = false;
	}
	for (const unit of units) unit.text = unit.text.replace(/\s+/gu, ' ').trim();
	return units.filter(unit => unit.text.length > 0 || unit.bullet);
}
