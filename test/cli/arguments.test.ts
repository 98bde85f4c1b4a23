import test from 'ava';
import {parseCommand, UsageError} from '../../source/cli/arguments.js';

test('no arguments opens the home screen', t => {
	t.deepEqual(parseCommand([]), {name: 'home', seed: undefined});
});

test('study takes an optional pack and a seed', t => {
	t.deepEqual(parseCommand(['study']), {name: 'study', pack: undefined, seed: undefined});
	t.deepEqual(parseCommand(['study', 'kuril-islands', '--seed', '42']), {name: 'study', pack: 'kuril-islands', seed: 42});
});

test('packs and lint take --json', t => {
	t.deepEqual(parseCommand(['packs', '--json']), {name: 'packs', json: true});
	t.deepEqual(parseCommand(['lint', 'a.yaml', 'b.yaml']), {name: 'lint', files: ['a.yaml', 'b.yaml'], json: false});
});

test('--help and --version win over everything else', t => {
	t.deepEqual(parseCommand(['study', '--help']), {name: 'help'});
	t.deepEqual(parseCommand(['-v']), {name: 'version'});
	t.deepEqual(parseCommand(['help']), {name: 'help'});
});

test('mistakes are usage errors that say what was wrong', t => {
	t.throws(() => parseCommand(['quiz']), {instanceOf: UsageError, message: /unknown command "quiz"/});
	t.throws(() => parseCommand(['lint']), {instanceOf: UsageError, message: /at least one file/});
	t.throws(() => parseCommand(['study', '--seed', 'abc']), {instanceOf: UsageError, message: /--seed takes a whole number/});
	t.throws(() => parseCommand(['--colour']), {instanceOf: UsageError, message: /colour/});
	t.throws(() => parseCommand(['packs', 'extra']), {instanceOf: UsageError});
});

test('extract takes articles, an output form and an optional format', t => {
	t.deepEqual(parseCommand(['extract', 'a.txt', '-', 'https://example.org/x']), {
		name: 'extract',
		inputs: ['a.txt', '-', 'https://example.org/x'],
		output: 'report',
		format: undefined,
	});
	t.like(parseCommand(['extract', 'a.html', '--json']), {output: 'json'});
	t.like(parseCommand(['extract', 'a.txt', '--yaml', '--format', 'markdown']), {output: 'yaml', format: 'markdown'});
	t.throws(() => parseCommand(['extract']), {instanceOf: UsageError, message: /at least one article/});
	t.throws(() => parseCommand(['extract', 'a', '--json', '--yaml']), {instanceOf: UsageError, message: /one of --json and --yaml/});
	t.throws(() => parseCommand(['extract', 'a', '--format', 'pdf']), {instanceOf: UsageError, message: /--format takes text, html, markdown; got "pdf"/});
});
