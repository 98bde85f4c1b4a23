import test from 'ava';
import {shareLines, shrinkToFit} from '../../../source/ui/layout/share.js';
import {textWidth} from '../../../source/ui/layout/text-width.js';
import {clampLines, lineText, wrapSpans, wrapText} from '../../../source/ui/layout/wrap.js';

const texts = (lines: ReturnType<typeof wrapText>) => lines.map(line => lineText(line));

test('textWidth: wide characters and emoji take two columns, marks none', t => {
	t.is(textWidth('abc'), 3);
	t.is(textWidth('✔ Right'), 7);
	t.is(textWidth('日本'), 4);
	t.is(textWidth('😀'), 2);
	t.is(textWidth('e\u0301'), 1);
});

test('wrapText breaks at spaces, keeps newlines and cuts words longer than the line', t => {
	t.deepEqual(texts(wrapText('the quick brown fox', 10)), ['the quick', 'brown fox']);
	t.deepEqual(texts(wrapText('one\ntwo', 10)), ['one', 'two']);
	t.deepEqual(texts(wrapText('abcdefghijkl', 5)), ['abcde', 'fghij', 'kl']);
	t.deepEqual(texts(wrapText('日本語の文', 4)), ['日本', '語の', '文']);
});

test('wrapSpans keeps a word whole across spans, as "[1]" glued to quotes', t => {
	const lines = wrapSpans([{text: 'called it "'}, {text: '[2]', style: {bold: true}}, {text: '" by'}], 12);
	t.deepEqual(texts(lines), ['called it', '"[2]" by']);
	t.deepEqual(lines[1]![1], {text: '[2]', style: {bold: true}});
});

test('clampLines ends the last kept line in "…" within the width', t => {
	const lines = wrapText('one two three four five six', 9);
	t.deepEqual(texts(clampLines(lines, 2, 9)), ['one two', 'three…']);
	t.deepEqual(texts(clampLines(wrapText('abcdefghi jk', 9), 1, 9)), ['abcdefgh…']);
	t.deepEqual(texts(clampLines(lines, 9, 9)), texts(lines));
	t.deepEqual(clampLines(lines, 0, 9), []);
});

test('shrinkToFit cuts the tallest first and never below one line', t => {
	t.deepEqual(shrinkToFit([3, 1, 2], 4), [2, 1, 1]);
	t.deepEqual(shrinkToFit([2, 2], 1), [1, 1]);
	t.deepEqual(shrinkToFit([2, 2], 9), [2, 2]);
});

test('shareLines gives minimums in order, then growth in order', t => {
	t.deepEqual(shareLines([{natural: 3, min: 1}, {natural: 4, min: 1}, {natural: 2, min: 1}], 5), [3, 1, 1]);
	t.deepEqual(shareLines([{natural: 3, min: 1}, {natural: 4, min: 1}], 1), [1, 0]);
	t.deepEqual(shareLines([{natural: 3, min: 1}], undefined), [3]);
});
