import test from 'ava';
import {mergeFactsDocuments} from '../../../source/commands/generate/merge-facts.js';
import {factsFormat, type FactsDocument} from '../../../source/core/pack/schema.js';

function document(sourceId: string, factIds: string[]): FactsDocument {
	return {
		format: factsFormat,
		sources: [{id: sourceId, title: `Article ${sourceId}`}],
		facts: factIds.map(id => ({id, type: 'event', source: sourceId, date: '1998', what: `Event ${id}`})),
	};
}

test('documents are merged in order; clashing ids get a suffix and facts follow their renamed source', t => {
	const merged = mergeFactsDocuments([document('herald', ['event-1998']), document('herald', ['event-1998', 'event-2001']), document('herald', ['event-1998'])]);
	t.deepEqual(merged.sources.map(source => source.id), ['herald', 'herald-2', 'herald-3']);
	t.deepEqual(
		merged.facts.map(fact => [fact.id, fact.source]),
		[
			['event-1998', 'herald'],
			['event-1998-2', 'herald-2'],
			['event-2001', 'herald-2'],
			['event-1998-3', 'herald-3'],
		],
	);
	t.is(merged.format, factsFormat);
});

test('a renamed id stays within the 80 characters ids may have', t => {
	const long = `event-${'x'.repeat(74)}`;
	const merged = mergeFactsDocuments([document('s', [long]), document('t', [long])]);
	const renamed = merged.facts[1]?.id ?? '';
	t.true(renamed.length <= 80, renamed);
	t.regex(renamed, /-2$/);
});
