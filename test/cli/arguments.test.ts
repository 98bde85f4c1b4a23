import test from 'ava';
import {parseCommand, UsageError} from '../../source/cli/arguments.js';

test('no arguments opens the home screen', t => {
	t.deepEqual(parseCommand([]), {name: 'home', seed: undefined, packFiles: []});
});

test('study takes an optional pack and a seed', t => {
	t.deepEqual(parseCommand(['study']), {name: 'study', pack: undefined, seed: undefined, packFiles: []});
	t.deepEqual(parseCommand(['study', 'kuril-islands', '--seed', '42']), {name: 'study', pack: 'kuril-islands', seed: 42, packFiles: []});
});

test('packs and lint take --json', t => {
	t.deepEqual(parseCommand(['packs', '--json']), {name: 'packs', json: true, packFiles: []});
	t.deepEqual(parseCommand(['lint', 'a.yaml', 'b.yaml']), {name: 'lint', files: ['a.yaml', 'b.yaml'], json: false, fix: false, strict: false});
	t.deepEqual(parseCommand(['lint', 'q/', '--fix', '--strict']), {name: 'lint', files: ['q/'], json: false, fix: true, strict: true});
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

test('generate takes inputs, -o, --review, --seed, --options, --force and --format', t => {
	t.deepEqual(parseCommand(['generate', 'a.txt', 'facts.yaml']), {
		name: 'generate',
		inputs: ['a.txt', 'facts.yaml'],
		output: undefined,
		review: false,
		seed: undefined,
		optionCount: 4,
		force: false,
		format: undefined,
	});
	t.deepEqual(parseCommand(['generate', 'a.html', '-o', 'questions/x.yaml', '--review', '--seed', '7', '--options', '3', '--force', '--format', 'html']), {
		name: 'generate',
		inputs: ['a.html'],
		output: 'questions/x.yaml',
		review: true,
		seed: 7,
		optionCount: 3,
		force: true,
		format: 'html',
	});
	t.like(parseCommand(['generate', '-', '--output=pack.yaml']), {inputs: ['-'], output: 'pack.yaml'});
	t.like(parseCommand(['generate', 'a.txt', '--options', '2']), {optionCount: 2});
	t.like(parseCommand(['generate', 'a.txt', '--options', '6']), {optionCount: 6});
});

test('generate refuses what it cannot do, saying why', t => {
	const refuses = (argv: string[], message: RegExp) => t.throws(() => parseCommand(['generate', ...argv]), {instanceOf: UsageError, message}, argv.join(' '));
	refuses([], /generate needs at least one input/);
	for (const count of ['1', '7', '0', 'four', '3.5', '-2', '']) refuses(['a.txt', `--options=${count}`], /--options takes a whole number from 2 to 6/);
	refuses(['a.txt', '--seed', 'x'], /--seed takes a whole number, got "x"/);
	refuses(['a.txt', '--seed=-1'], /--seed takes a whole number/);
	refuses(['a.txt', '--format', 'pdf'], /--format takes text, html, markdown; got "pdf"/);
	refuses(['-', '--review'], /--review .* standard input/);
	refuses(['-', '-'], /standard input \(-\) can be read only once/);
	refuses(['a.txt', '--force'], /--force only makes sense with -o/);
	refuses(['a.txt', '-o', ''], /-o\/--output needs a file name/);
	refuses(['a.txt', '-o', '-'], /leave out -o/);
	refuses(['a.txt', '-o'], /-o/);
});

test('an option of another command is refused, naming the commands it belongs to', t => {
	t.throws(() => parseCommand(['study', '--review']), {instanceOf: UsageError, message: '--review is an option of generate, not of study'});
	t.throws(() => parseCommand(['extract', 'a.txt', '-o', 'x.yaml']), {instanceOf: UsageError, message: '--output is an option of generate, import, export, new, export-log, not of extract'});
	t.throws(() => parseCommand(['--force']), {instanceOf: UsageError, message: '--force is an option of generate, import, export, export-log, not of the home screen'});
	t.throws(() => parseCommand(['packs', '--fix']), {instanceOf: UsageError, message: '--fix is an option of lint, not of packs'});
});

test('--pack adds pack files to the library of the commands that read it', t => {
	t.deepEqual(parseCommand(['--pack', 'a.yaml', '--pack', 'b.yaml']), {name: 'home', seed: undefined, packFiles: ['a.yaml', 'b.yaml']});
	t.like(parseCommand(['packs', '--pack', 'a.yaml']), {name: 'packs', packFiles: ['a.yaml']});
	t.like(parseCommand(['study', 'my-pack', '--pack', 'elsewhere/my-pack.yaml']), {pack: 'my-pack', packFiles: ['elsewhere/my-pack.yaml']});
});

test('import, export, new and add', t => {
	t.deepEqual(parseCommand(['import', 'a.gift', 'b.txt', '--format', 'aiken', '-o', 'p.yaml', '--force']), {name: 'import', files: ['a.gift', 'b.txt'], format: 'aiken', output: 'p.yaml', force: true, seed: undefined});
	t.deepEqual(parseCommand(['export', 'kuril-islands', '--format', 'anki']), {name: 'export', pack: 'kuril-islands', format: 'anki', output: undefined, force: false, packFiles: []});
	t.deepEqual(parseCommand(['new', '-o', 'x.yaml']), {name: 'new', output: 'x.yaml'});
	t.deepEqual(parseCommand(['add', 'x.yaml']), {name: 'add', pack: 'x.yaml'});
	t.throws(() => parseCommand(['import']), {instanceOf: UsageError, message: /at least one file/});
	t.throws(() => parseCommand(['import', 'a.gift', '--format', 'moodle']), {instanceOf: UsageError, message: '--format takes gift, aiken, csv; got "moodle"'});
	t.throws(() => parseCommand(['export', 'p', '--format', 'pdf']), {instanceOf: UsageError, message: '--format takes gift, aiken, anki, csv, md; got "pdf"'});
	t.throws(() => parseCommand(['export']), {instanceOf: UsageError, message: /export takes one pack/});
	t.throws(() => parseCommand(['add']), {instanceOf: UsageError, message: /add takes one pack/});
	t.throws(() => parseCommand(['new', 'x']), {instanceOf: UsageError, message: /new takes no arguments/});
});
