import type {Fact, Source} from '../../core/pack/schema.js';
import {toSingleLine} from '../../core/text/sanitize.js';
import {sourceByline} from '../format.js';

export type FactKind = Fact['type'];

/** One fact as the timeline shows it; every text already on one clean line. */
export type TimelineItem = {
	id: string;
	kind: FactKind;
	/** YYYY, YYYY-MM or YYYY-MM-DD; undefined for people and undated quotes. */
	date: string | undefined;
	/** Who spoke, what happened, the treaty's or the person's name. */
	heading: string;
	detail: {text: string; style: 'direct' | 'reported' | 'plain'} | undefined;
	/** "Outlet, 23 Jan 2023", else the source's title. */
	source: string | undefined;
};

/** Facts that have no date come after the dated ones, in this order (an event always has one), each group in pack order. */
const undatedOrder: readonly FactKind[] = ['event', 'quote', 'treaty', 'person'];

/**
 * The facts as a timeline: dated facts oldest first (a bare year before the
 * months of that year), then undated quotes, treaties and people. Equal
 * dates keep the order the pack gives them.
 */
export function timelineItems(facts: readonly Fact[], sources: readonly Source[], {withSource = true} = {}): TimelineItem[] {
	const items = facts.map(fact => toItem(fact, withSource ? sources.find(source => source.id === fact.source) : undefined));
	const dated = items.filter(item => item.date !== undefined).toSorted((a, b) => (a.date! < b.date! ? -1 : a.date! > b.date! ? 1 : 0));
	const undated = undatedOrder.flatMap(kind => items.filter(item => item.date === undefined && item.kind === kind));
	return [...dated, ...undated];
}

function toItem(fact: Fact, source: Source | undefined): TimelineItem {
	const base = {id: fact.id, kind: fact.type, source: source ? sourceByline(source) || toSingleLine(source.title) : undefined};
	switch (fact.type) {
		case 'quote': {
			const role = fact.role ? ` (${toSingleLine(fact.role)})` : '';
			const style = fact.kind === 'direct' ? 'direct' : 'reported';
			return {...base, date: fact.date, heading: `${toSingleLine(fact.speaker)}${role}`, detail: {text: toSingleLine(fact.text), style}};
		}
		case 'event': {
			return {...base, date: fact.date, heading: toSingleLine(fact.what), detail: undefined};
		}
		case 'treaty': {
			const year = fact.year === undefined ? '' : ` (${fact.year})`;
			const parts = [
				...(fact.parties.length > 0 ? [`Parties: ${fact.parties.map(toSingleLine).join(', ')}`] : []),
				...(fact.signed === false ? ['not signed'] : []),
			];
			const detail = parts.length > 0 ? {text: parts.join(' · '), style: 'plain' as const} : undefined;
			return {...base, date: fact.year === undefined ? undefined : String(fact.year), heading: `${toSingleLine(fact.name)}${year}`, detail};
		}
		case 'person': {
			const parts = [
				...(fact.roles.length > 0 ? [fact.roles.map(toSingleLine).join(', ')] : []),
				...(fact.aliases.length > 0 ? [`also called ${fact.aliases.map(toSingleLine).join(', ')}`] : []),
			];
			const detail = parts.length > 0 ? {text: parts.join(' · '), style: 'plain' as const} : undefined;
			return {...base, date: undefined, heading: toSingleLine(fact.name), detail};
		}
	}
}

/** "12 quotes · 5 dates · 2 treaties · 4 people": dated events count as dates. */
export function describeFactCounts(facts: readonly Fact[]): string {
	const count = (kind: FactKind) => facts.filter(fact => fact.type === kind).length;
	const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
	return [
		plural(count('quote'), 'quote', 'quotes'),
		plural(count('event'), 'date', 'dates'),
		plural(count('treaty'), 'treaty', 'treaties'),
		plural(count('person'), 'person', 'people'),
	].join(' · ');
}
