import test from 'ava';
import {ankiExporter, writeAnki} from '../../../../../source/core/pack/formats/anki/index.js';
import {minimalPack, packOf} from '../pack-fixture.js';

const straits = packOf(
	[
		{
			id: 'straits-talks',
			type: 'choice',
			prompt: 'Which side said talks <b>stalled</b> & why?',
			options: ['Aldmark\tand allies', 'Seravia'],
			answer: 'Seravia',
			explanation: 'Line one\nline two.',
			evidence: {source: 'herald-2024', text: 'Seravia said the talks had "stalled".'},
			tags: ['velka straits'],
		},
		{id: 'straits-cloze', type: 'cloze', prompt: 'Fill in the gaps.', text: 'Talks on the {{Velka Straits|straits}} began in {{1998}}.'},
	],
	{
		id: 'straits',
		title: 'Velka Straits: the talks',
		tags: ['current affairs', 'Straits'],
		sources: [{id: 'herald-2024', title: 'Aldmark to keep pressing', outlet: 'Northwind Herald', published: '2024-03-14'}],
	},
);

test('headers, GUID, note type, deck, escaped fields, cloze gaps and tags, exactly', t => {
	const {text, skipped} = writeAnki(straits);
	t.deepEqual(skipped, []);
	t.is(
		text,
		[
			'#separator:tab',
			'#html:true',
			'#guid column:1',
			'#notetype column:2',
			'#deck column:3',
			'#tags column:6',
			[
				'factdrill:straits:straits-talks',
				'Basic',
				'Velka Straits: the talks',
				'Which side said talks &lt;b&gt;stalled&lt;/b&gt; &amp; why?<ol type=A><li>Aldmark and allies</li><li>Seravia</li></ol>',
				'Seravia<br><br>Line one<br>line two.<br><br><i>“Seravia said the talks had &quot;stalled&quot;.”</i><br>Northwind Herald, 14 March 2024 — Aldmark to keep pressing',
				'current_affairs Straits velka_straits',
			].join('\t'),
			[
				'factdrill:straits:straits-cloze',
				'Cloze',
				'Velka Straits: the talks',
				'Fill in the gaps.<br><br>Talks on the {{c1::Velka Straits}} began in {{c2::1998}}.',
				'Also accepted: gap 1: straits',
				'current_affairs Straits',
			].join('\t'),
			'',
		].join('\n'),
	);
});

test('a second export is byte-identical, so re-importing updates the same notes', async t => {
	const pack = await minimalPack();
	t.is(writeAnki(pack).text, writeAnki(pack).text);
	t.is(writeAnki(straits).text, writeAnki(straits).text);
});

test('every type becomes one row of six fields: Basic notes, and Cloze for cloze', async t => {
	const pack = await minimalPack();
	const rows = writeAnki(pack).text.trimEnd().split('\n').filter(line => !line.startsWith('#'));
	t.is(rows.length, pack.questions.length);
	t.true(rows.every(row => row.split('\t').length === 6));
	t.deepEqual(
		rows.map(row => row.split('\t')[1]),
		['Basic', 'Basic', 'Basic', 'Cloze', 'Basic', 'Basic', 'Basic'],
	);
	t.is(ankiExporter.extension, 'txt');
});

test('order and match fronts show the items shuffled; the back has them in order', async t => {
	const rows = writeAnki(await minimalPack()).text.split('\n');
	const order = rows.find(row => row.startsWith('factdrill:magna-carta-basics:charter-timeline'))!.split('\t');
	t.is(order[3], 'Put these in order, earliest first.<ul><li>The charter is sealed</li><li>John dies</li><li>John becomes king</li></ul>');
	t.true(order[4]!.startsWith('<ol><li>John becomes king</li><li>The charter is sealed</li><li>John dies</li></ol>'));
	const match = rows.find(row => row.startsWith('factdrill:magna-carta-basics:match-terms'))!.split('\t');
	t.is(match[3], 'Match each word to its meaning.<ol><li>charter</li><li>baron</li></ol><ol type=a><li>a great landholder under the king</li><li>a written grant of rights</li></ol>');
	t.true(match[4]!.startsWith('<ul><li>charter → a written grant of rights</li><li>baron → a great landholder under the king</li></ul>'));
});

test('"::" in a cloze answer does not start an Anki hint; quotes in tags are CSV-quoted', t => {
	const pack = packOf([{id: 'c', type: 'cloze', prompt: 'Gap.', text: 'Written {{a::b}} and {{x}}y}} here.', tags: ['say "no"']}]);
	const [row] = writeAnki(pack).text.split('\n').filter(line => !line.startsWith('#'));
	const fields = row!.split('\t');
	t.is(fields[3], 'Gap.<br><br>Written {{c1::a:&#58;b}} and {{c2::x}}y}} here.');
	t.is(fields[5], '"say_""no"""');
});
