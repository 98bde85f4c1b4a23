import test from 'ava';
import {stripVTControlCharacters} from 'node:util';
import {render} from 'ink-testing-library';
import {TextField} from '../../../source/ui/components/questions/text-field.js';

const draw = (value: string, cursor: number, isFocused = true) =>
	stripVTControlCharacters(render(<TextField state={{value, cursor}} isFocused={isFocused} width={10} />).lastFrame() ?? '');

test('a value that fits is drawn whole', t => {
	t.is(draw('Rome', 4), 'Rome');
	t.is(draw('Rome', 0, false), 'Rome');
});

test('a long value scrolls so the cursor stays in view, with "…" where it is cut', t => {
	const value = 'abcdefghijklmnopqrstuvwxyz';
	// At the end the cursor is a blank cell after "z" (ink trims it from the frame).
	t.is(draw(value, 26), '…stuvwxyz');
	t.is(draw(value, 0), 'abcdefghi…');
	t.is(draw(value, 13), '…ghijklmn…');
	t.is(draw(value, 0, false), 'abcdefghi…');
	for (const cursor of [0, 5, 13, 20, 25, 26]) t.true([...draw(value, cursor)].length <= 10, String(cursor));
});
