import test from 'ava';
import fc from 'fast-check';
import {stripControl, toSingleLine} from '../../../source/core/text/sanitize.js';

test('escape sequences that move the cursor, clear the screen or retitle the window are removed', t => {
	t.is(stripControl('a\u001B[2Jb'), 'ab');
	t.is(stripControl('a\u001B[31;1mred\u001B[0m'), 'ared');
	t.is(stripControl('x\u001B]0;pwned\u0007y'), 'xy');
	t.is(stripControl('x\u001B]8;;https://evil.example\u001B\\link\u001B]8;;\u001B\\y'), 'xlinky');
	t.is(stripControl('bell\u0007 and \u009B2J C1'), 'bell and  C1');
	t.is(stripControl('dcs\u001BPq#0;2;0;0;0\u001B\\end'), 'dcsend');
});

test('ordinary text, accents, quotes and newlines survive', t => {
	const text = 'Peskov said: “rather to be welcomed” — Токио, 東京\nnext line\ttab';
	t.is(stripControl(text), text);
	t.is(toSingleLine('  two\n  lines\t '), 'two lines');
});

test('no control character other than newline and tab ever survives', t => {
	t.notThrows(() => {
		fc.assert(
			fc.property(fc.string({unit: 'binary'}), text => {
				return !/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/.test(stripControl(text));
			}),
		);
	});
});
