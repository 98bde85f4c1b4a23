import test from 'ava';
import {markdownExporter, writeMarkdown} from '../../../../../source/core/pack/formats/markdown/index.js';
import {minimalPack, packOf} from '../pack-fixture.js';

test('a printable test: title, sources, instructions, every question type, then the answer key', async t => {
	const {text, skipped} = writeMarkdown(await minimalPack());
	t.deepEqual(skipped, []);
	t.is(
		text,
		`# Magna Carta basics

One question of every type about the charter sealed at Runnymede.

Source: factdrill test fixtures, 15 June 2024

Name: ____________________  Date: ____________

Answer every question. Circle the letter of the right answer, or of every right answer where it says *choose all that apply*; circle True or False; fill in the gaps and the answer lines; number the items of a list in order; write a letter after each numbered item of a table.

1. Where was the charter sealed in 1215?

   - A. Runnymede
   - B. Windsor Castle
   - C. Canterbury

2. Which of these took part in the 1215 settlement? *(choose all that apply)*

   - A. King John
   - B. the rebel barons
   - C. Napoleon

3. King John signed the charter with a pen.

   True / False

4. Fill in the year.

   The charter was sealed in ________.

5. Which king sealed the charter?

   Answer: ______________________________

6. Put these in order, earliest first. *(number them 1–3)*

   - ____ The charter is sealed
   - ____ John dies
   - ____ John becomes king

7. Match each word to its meaning. *(write the matching letter after each number)*

   | Item | Choose from |
   |---|---|
   | 1. charter → ____ | a. a great landholder under the king |
   | 2. baron → ____ | b. a written grant of rights |

## Answer key

1. A. Runnymede — The meadow of Runnymede lies beside the Thames.
2. A, B (King John; the rebel barons) — The charter was a peace deal between the king and his barons.
3. False — He had the royal seal attached to it; he did not sign it.
4. 1215 — June 1215.
5. King John (also: John) — John reigned from 1199 to 1216.
6. John becomes king → The charter is sealed → John dies — 1199, 1215, 1216.
7. 1 b, 2 a (charter = a written grant of rights; baron = a great landholder under the king) — Both words come from medieval law and land holding.
`,
	);
	t.is(markdownExporter.extension, 'md');
});

test('several cloze gaps are numbered; alternatives and a tolerance appear in the key', t => {
	const pack = packOf([
		{id: 'c', type: 'cloze', prompt: 'Fill in the gaps.', text: 'The {{Soviet Union|USSR}} and Japan ended the war in {{1956}}.'},
		{id: 's', type: 'short', prompt: 'How many islands are disputed?', answer: 4, tolerance: 0},
	]);
	const {text} = writeMarkdown(pack);
	t.true(text.includes('1. Fill in the gaps.\n\n   The ________ (1) and Japan ended the war in ________ (2).\n'));
	t.true(text.endsWith('## Answer key\n\n1. (1) Soviet Union (also: USSR); (2) 1956\n2. 4 ± 0\n'));
});

test('Markdown in pack text is escaped where it would break the layout; snake_case stays readable', t => {
	const pack = packOf(
		[
			{id: 'm', type: 'match', prompt: 'Match *each* [term]', pairs: [{left: 'a|b', right: '<script>'}, {left: 'snake_case', right: '_under_'}]},
		],
		{title: 'Notes on C#', description: '1. Not a list item', sources: [{id: 'a', title: 'A', outlet: 'Herald'}, {id: 'b', title: 'The B article', published: '2023'}]},
	);
	const lines = writeMarkdown(pack).text.split('\n');
	t.is(lines[0], '# Notes on C\\#');
	t.is(lines[2], '1\\. Not a list item');
	t.is(lines[4], 'Sources: Herald; The B article, 2023');
	t.true(lines.includes('1. Match \\*each\\* \\[term\\] *(write the matching letter after each number)*'));
	const rows = lines.filter(line => line.startsWith('   | 1.') || line.startsWith('   | 2.'));
	t.is(rows.length, 2);
	t.true(rows.some(row => row.includes('a\\|b → ____')));
	t.true(rows.some(row => row.includes('\\<script>')));
	t.true(rows.some(row => row.includes('snake_case → ____')));
	t.true(rows.some(row => row.includes('\\_under\\_')));
});

test('newlines in pack text cannot break a list item; the same pack prints the same test', async t => {
	const pack = packOf([{id: 'q', type: 'choice', prompt: 'Two\n\nparagraphs?', options: ['yes\n- no', 'maybe'], answer: 'maybe'}]);
	const {text} = writeMarkdown(pack);
	t.true(text.includes('1. Two paragraphs?\n\n   - A. yes - no\n   - B. maybe\n'));
	const minimal = await minimalPack();
	t.is(writeMarkdown(minimal).text, writeMarkdown(minimal).text);
});

test('the match letters in the key follow the shuffled column', t => {
	const pairs = [
		{left: 'Peskov', right: 'Kremlin spokesman'},
		{left: 'Lavrov', right: 'Foreign minister'},
		{left: 'Zakharova', right: 'Foreign ministry spokeswoman'},
		{left: 'Takaichi', right: 'Prime minister of Japan'},
	];
	const {text} = writeMarkdown(packOf([{id: 'roles', type: 'match', prompt: 'Match each person to the post.', pairs}]));
	const column = [...text.matchAll(/\| ([a-d])\. ([^|]+) \|$/gm)].map(match => [match[1], match[2]]);
	const key = /^1\. (.+) \(/m.exec(text.split('## Answer key')[1]!)?.[1] ?? '';
	const expected = pairs.map((pair, index) => `${index + 1} ${column.find(([, right]) => right === pair.right)?.[0]}`).join(', ');
	t.is(key, expected);
	t.notDeepEqual(column.map(([, right]) => right), pairs.map(pair => pair.right));
});
