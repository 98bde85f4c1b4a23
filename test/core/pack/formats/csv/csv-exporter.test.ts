import test from 'ava';
import {csvCell, csvExporter, writeCsv} from '../../../../../source/core/pack/formats/csv/csv-exporter.js';
import {parseDelimited} from '../../../../../source/core/pack/formats/csv/parse-delimited.js';
import {minimalPack, packOf} from '../pack-fixture.js';

test('one row per question, every type, under the header, each answer as a person reads it', async t => {
	const {text, skipped} = writeCsv(await minimalPack());
	t.deepEqual(skipped, []);
	t.is(
		text,
		[
			'\uFEFFid,type,prompt,answer,options,explanation,tags,source',
			'sealed-where,choice,Where was the charter sealed in 1215?,Runnymede,Runnymede; Windsor Castle; Canterbury,The meadow of Runnymede lies beside the Thames.,,charter-notes',
			'who-was-involved,multi,Which of these took part in the 1215 settlement?,King John; the rebel barons,King John; the rebel barons; Napoleon,The charter was a peace deal between the king and his barons.,,charter-notes',
			'sealed-not-signed,truefalse,King John signed the charter with a pen.,False,,He had the royal seal attached to it; he did not sign it.,,charter-notes',
			'sealed-year,cloze,Fill in the year.,The charter was sealed in 1215.,,June 1215.,,charter-notes',
			'which-king,short,Which king sealed the charter?,King John (also: John),,John reigned from 1199 to 1216.,,charter-notes',
			'charter-timeline,order,"Put these in order, earliest first.",John becomes king → The charter is sealed → John dies,,"1199, 1215, 1216.",,charter-notes',
			'match-terms,match,Match each word to its meaning.,charter = a written grant of rights; baron = a great landholder under the king,,Both words come from medieval law and land holding.,,charter-notes',
			'',
		].join('\r\n'),
	);
	t.is(csvExporter.extension, 'csv');
});

test('quotes, newlines, tags, a numeric tolerance and several cloze gaps', t => {
	const pack = packOf([
		{id: 'q1', type: 'short', prompt: 'In which year was the "Joint Declaration" signed?', answer: 1956, tolerance: 1, tags: ['japan', 'soviet union']},
		{id: 'q2', type: 'cloze', prompt: 'Fill in.', text: 'The {{Soviet Union|USSR}} and {{Japan}} signed\nin {{1956}}.'},
	]);
	const rows = parseDelimited(writeCsv(pack).text.slice(1), ',').map(record => record.fields);
	t.deepEqual(rows.slice(1, 3), [
		['q1', 'short', 'In which year was the "Joint Declaration" signed?', '1956 ± 1', '', '', 'japan; soviet union', ''],
		['q2', 'cloze', 'Fill in.', 'The Soviet Union and Japan signed\nin 1956.', '', '', '', ''],
	]);
});

test('a cell a spreadsheet would run as a formula is defused; numbers are not', t => {
	t.is(csvCell('=HYPERLINK("http://example.org","x")'), '"\'=HYPERLINK(""http://example.org"",""x"")"');
	t.is(csvCell('@SUM(A1:A2)'), '\'@SUM(A1:A2)');
	t.is(csvCell('-5'), '-5');
	t.is(csvCell('+44'), '+44');
	t.is(csvCell('plain'), 'plain');
});
