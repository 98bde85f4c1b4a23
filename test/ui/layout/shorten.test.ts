import test from 'ava';
import {clampAtWord} from '../../../source/ui/layout/shorten.js';
import {lineText, wrapText} from '../../../source/ui/layout/wrap.js';

const text = 'The four southernmost islands of the Kuril archipelago were incorporated into the Soviet Union';

test('text that fits is left alone', t => {
	t.deepEqual(clampAtWord(wrapText(text, 200), 1, 200).map(lineText), [text]);
});

test('cut text ends after a whole word, then "…"', t => {
	const lines = clampAtWord(wrapText(text, 30), 2, 30).map(lineText);
	t.is(lines.length, 2);
	t.is(lines[1], 'of the Kuril archipelago were…');
	for (const line of lines) t.true([...line].length <= 30, line);
});

test('a full last line gives up its last word to make room for "…"', t => {
	// "The four southernmost" is exactly 21 columns.
	const lines = clampAtWord(wrapText(text, 21), 1, 21).map(lineText);
	t.deepEqual(lines, ['The four…']);
});

test('one word wider than the line is cut where it must be', t => {
	const lines = clampAtWord(wrapText('Antidisestablishmentarianism forever', 10), 1, 10).map(lineText);
	t.deepEqual(lines, ['Antidises…']);
});
