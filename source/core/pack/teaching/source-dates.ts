import {quote} from '../diagnostic.js';
import type {Fact, Pack} from '../schema.js';
import type {PackProblem} from './problem.js';

/**
 * Whether a date (YYYY, YYYY-MM or YYYY-MM-DD) is later than another, at
 * the precision both give: "2025-11" is not after "2025", "2026" is.
 */
export function isLaterDate(date: string, than: string): boolean {
	const length = Math.min(date.length, than.length);
	return date.slice(0, length) > than.slice(0, length);
}

/** The date a fact says something happened; a treaty's year only when it is known to be signed. */
function factDate(fact: Fact): {date: string; key: 'date' | 'year'} | undefined {
	if (fact.type === 'event' || fact.type === 'quote') return fact.date === undefined ? undefined : {date: fact.date, key: 'date'};
	if (fact.type === 'treaty' && fact.signed === true && fact.year !== undefined) return {date: String(fact.year), key: 'year'};
	return undefined;
}

/**
 * A source cannot report what happened after it was published: a fact dated
 * after the publication of its own source, or of the source a question cites
 * as evidence for it, has a wrong date or the wrong source. An article may
 * announce a planned event, but a question about it then asks something the
 * source did not yet know.
 */
export function factAfterSource(pack: Pack): PackProblem[] {
	const published = new Map(pack.sources.flatMap(source => (source.published ? [[source.id, source.published] as const] : [])));
	const problems: PackProblem[] = [];
	const dated = new Map<string, {date: string; source: string}>();
	pack.facts.forEach((fact, index) => {
		const when = factDate(fact);
		if (!when) return;
		dated.set(fact.id, {date: when.date, source: fact.source});
		const sourceDate = published.get(fact.source);
		if (sourceDate !== undefined && isLaterDate(when.date, sourceDate)) {
			problems.push({
				rule: 'fact-after-source',
				path: ['facts', index, when.key],
				message: `dated ${when.date}, after its source ${quote(fact.source)} was published (${sourceDate}): check the date, or cite a source from after it`,
			});
		}
	});
	pack.questions.forEach((question, index) => {
		const source = question.evidence?.source;
		const sourceDate = source === undefined ? undefined : published.get(source);
		if (source === undefined || sourceDate === undefined) return;
		// A fact from the same source is reported on the fact itself.
		const late = (question.facts ?? []).find(id => {
			const fact = dated.get(id);
			return fact !== undefined && fact.source !== source && isLaterDate(fact.date, sourceDate);
		});
		if (late === undefined) return;
		problems.push({
			rule: 'fact-after-source',
			path: ['questions', index, 'evidence', 'source'],
			message: `evidence.source ${quote(source)} was published ${sourceDate}, before fact ${quote(late)} it backs (dated ${dated.get(late)!.date}): cite a source from after the fact`,
		});
	});
	return problems;
}
