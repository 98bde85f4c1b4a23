import test from 'ava';
import type {Key} from 'ink';
import {splitKeys} from '../../../source/ui/hooks/use-keys.js';

const plain = {return: false, ctrl: false, meta: false, shift: false} as Key;

function describe(input: string, key: Key = plain) {
	return splitKeys(input, key).map(([character, parsed]) => {
		if (parsed.return) return '⏎';
		if (parsed.delete) return '⌫';
		if (parsed.tab) return '⇥';
		if (parsed.ctrl) return `^${character}`;
		return parsed.shift ? `⇧${character}` : character;
	});
}

test('a number and Enter read together become two keys', t => {
	t.deepEqual(describe('3\r'), ['3', '⏎']);
});

test('a letter and Backspace read together become two keys', t => {
	t.deepEqual(describe('x\u007F'), ['x', '⌫']);
});

test('pasted text becomes one key per character, capitals with shift', t => {
	t.deepEqual(describe('Paris\t'), ['⇧P', 'a', 'r', 'i', 's', '⇥']);
});

test('a single key and modified keys pass through untouched', t => {
	const enter = {...plain, return: true} as Key;
	t.deepEqual(splitKeys('', enter), [['', enter]]);
	const ctrl = {...plain, ctrl: true} as Key;
	t.deepEqual(splitKeys('c', ctrl), [['c', ctrl]]);
	t.deepEqual(describe('\u0001b'), ['^a', 'b']);
});

test('characters outside the BMP stay whole', t => {
	t.deepEqual(describe('日本😀'), ['日', '本', '😀']);
});
