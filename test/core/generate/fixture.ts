import type {FactsDocument} from '../../../source/core/pack/schema.js';

/**
 * Two reports on a (made-up) Baltic fisheries story, written for these tests:
 * people with aliases, direct and reported quotes, events at year, month and
 * day precision, and two treaties, one of them named in an event.
 */
export function bothnia(): FactsDocument {
	return {
		format: 'factdrill/facts@1',
		sources: [
			{id: 'courier-2024-03-15', title: 'Nordic neighbours seal fisheries deal', outlet: 'Northern Courier', published: '2024-03-15'},
			{id: 'wire-2019-06-10', title: 'Fisheries talks open in Turku', outlet: 'Baltic Wire', published: '2019-06-10'},
		],
		facts: [
			{id: 'person-anna-lindqvist', type: 'person', source: 'courier-2024-03-15', name: 'Anna Lindqvist', roles: ['Swedish Foreign Minister'], aliases: ['Lindqvist', 'the minister']},
			{id: 'person-mikko-saarinen', type: 'person', source: 'courier-2024-03-15', name: 'Mikko Saarinen', roles: ['Finnish Prime Minister'], aliases: ['Saarinen']},
			{
				id: 'quote-lindqvist',
				type: 'quote',
				source: 'courier-2024-03-15',
				speaker: 'Anna Lindqvist',
				role: 'Swedish Foreign Minister',
				text: 'The agreement serves the fishing towns on both shores of the gulf',
				kind: 'direct',
				evidence: '"The agreement serves the fishing towns on both shores of the gulf," Foreign Minister Anna Lindqvist told reporters.',
			},
			{
				id: 'quote-saarinen',
				type: 'quote',
				source: 'courier-2024-03-15',
				speaker: 'Mikko Saarinen',
				role: 'Finnish Prime Minister',
				text: 'quotas for herring would be reviewed every two years',
				kind: 'indirect',
				evidence: 'Saarinen said quotas for herring would be reviewed every two years.',
			},
			{
				id: 'quote-ministry',
				type: 'quote',
				source: 'wire-2019-06-10',
				speaker: 'Finnish Foreign Ministry',
				text: 'the first round went better than expected',
				kind: 'indirect',
				evidence: 'The Finnish Foreign Ministry said the first round went better than expected.',
			},
			{id: 'quote-it', type: 'quote', source: 'wire-2019-06-10', speaker: 'it', text: 'the talks would take years', kind: 'indirect', evidence: 'It said the talks would take years.'},
			{
				id: 'quote-lindqvist-2019',
				type: 'quote',
				source: 'wire-2019-06-10',
				speaker: 'Lindqvist',
				text: 'Nobody leaves this table empty-handed',
				kind: 'direct',
				evidence: '"Nobody leaves this table empty-handed," Lindqvist said in Turku.',
			},
			{id: 'event-signed', type: 'event', source: 'courier-2024-03-15', date: '2024-03-12', what: 'Finland and Sweden signed the Gulf of Bothnia Accord in Umeå', evidence: 'Finland and Sweden signed the Gulf of Bothnia Accord in Umeå on Tuesday.'},
			{id: 'event-talks', type: 'event', source: 'wire-2019-06-10', date: '2019-06', what: 'the first round of fisheries talks opened in Turku', evidence: 'In June the first round of fisheries talks opened in Turku.'},
			{id: 'event-ceded', type: 'event', source: 'courier-2024-03-15', date: '1809', what: 'Sweden ceded Finland to Russia under the Treaty of Fredrikshamn', evidence: 'In 1809 Sweden ceded Finland to Russia under the Treaty of Fredrikshamn.'},
			{id: 'event-union', type: 'event', source: 'courier-2024-03-15', date: '1995', what: 'both countries joined the European Union', evidence: 'Both countries joined the European Union in 1995.'},
			{id: 'treaty-fredrikshamn', type: 'treaty', source: 'courier-2024-03-15', name: 'Treaty of Fredrikshamn', year: 1809, parties: ['Russia', 'Sweden'], evidence: 'In 1809 Sweden ceded Finland to Russia under the Treaty of Fredrikshamn.'},
			{id: 'treaty-bothnia', type: 'treaty', source: 'courier-2024-03-15', name: 'Gulf of Bothnia Accord', year: 2024, parties: ['Finland', 'Sweden'], evidence: 'Finland and Sweden signed the Gulf of Bothnia Accord in Umeå on Tuesday.'},
		],
	};
}
