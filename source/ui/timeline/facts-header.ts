import type {Fact, Source} from '../../core/pack/schema.js';
import {toSingleLine} from '../../core/text/sanitize.js';
import {describeSource} from '../format.js';
import {clampAtWord} from '../layout/shorten.js';
import {wrapSpans, type Line, type Span} from '../layout/wrap.js';
import type {Theme} from '../theme.js';
import {describeFactCounts} from './timeline-items.js';

/** The one source all the facts come from, if they share one: the timeline then names it here rather than under each fact. */
export function sharedSource(facts: readonly Fact[], sources: readonly Source[]): Source | undefined {
	const ids = new Set(facts.map(fact => fact.source));
	const [only] = ids;
	return ids.size === 1 ? sources.find(source => source.id === only) : undefined;
}

/** The title on one row, the shared source (if any) on one, then the fact counts on at most two; long text cut at a word. */
export function factsHeaderLines(title: string, facts: readonly Fact[], sources: readonly Source[], width: number, theme: Theme): Line[] {
	const line = (spans: Span[], max: number) => clampAtWord(wrapSpans(spans, width), max, width);
	const source = sharedSource(facts, sources);
	return [
		...line([{text: toSingleLine(title), style: {bold: true}}], 1),
		...(source ? line([{text: `From ${describeSource(source)}`, style: {color: theme.muted}}], 1) : []),
		...line([{text: describeFactCounts(facts), style: {color: theme.muted}}], 2),
	];
}
