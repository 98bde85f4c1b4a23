import fs from 'node:fs/promises';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import test from 'ava';
import type {ExecutionContext} from 'ava';
import {killAll, spawnInTerminal} from '../helpers/terminal.js';
import {runCli, tempHome} from './run-cli.js';

/*
 * Commands that draw no screen must never load ink or react: they are what
 * scripts run, and parsing the TUI bundle would double their start-up time.
 * Each run gets NODE_OPTIONS=--import=<a module registering a load hook>
 * that logs every module Node loads; the test then checks none of them is a
 * dist file holding ink or react. A TUI run with the same hook must load one,
 * so the check cannot pass by seeing nothing.
 */

const dist = path.resolve('dist');

test.after.always(killAll);

/** esbuild marks where each bundled file starts with a `// node_modules/<package>/…` comment. */
const tuiMarker = /^\/\/ node_modules\/(?:ink|react|react-reconciler|@inkjs\/ui)\//m;

async function distFiles(directory = dist): Promise<string[]> {
	const entries = await fs.readdir(directory, {withFileTypes: true});
	const nested = await Promise.all(
		entries.map(entry => {
			const full = path.join(directory, entry.name);
			if (entry.isDirectory()) return distFiles(full);
			return Promise.resolve(/\.m?js$/.test(entry.name) ? [full] : []);
		}),
	);
	return nested.flat();
}

/** The dist files that contain ink or react. */
async function tuiFiles(): Promise<Set<string>> {
	const files = await distFiles();
	const marked = await Promise.all(files.map(async file => ((tuiMarker.test(await fs.readFile(file, 'utf8'))) ? [file] : [])));
	return new Set(marked.flat());
}

/** Writes the hook modules into a temp folder; returns NODE_OPTIONS and where each run's log goes. */
async function moduleLogger(t: ExecutionContext) {
	const directory = await tempHome(t, 'factdrill-bundle-');
	const hooks = path.join(directory, 'hooks.mjs');
	const register = path.join(directory, 'register.mjs');
	await fs.writeFile(
		hooks,
		[
			"import {appendFileSync} from 'node:fs';",
			'export async function load(url, context, nextLoad) {',
			"\tappendFileSync(process.env.FACTDRILL_TEST_MODULE_LOG, url + '\\n');",
			'\treturn nextLoad(url, context);',
			'}',
			'',
		].join('\n'),
	);
	await fs.writeFile(register, `import {register} from 'node:module';\nregister(${JSON.stringify(pathToFileURL(hooks).href)});\n`);
	let runs = 0;
	return {
		directory,
		/** Environment for one run, and a function reading what that run loaded (as file paths). */
		next() {
			const log = path.join(directory, `loaded-${++runs}.log`);
			const env = {NODE_OPTIONS: `--import=${pathToFileURL(register).href}`, FACTDRILL_TEST_MODULE_LOG: log};
			const loaded = async () => {
				const urls = (await fs.readFile(log, 'utf8')).split('\n').filter(line => line.startsWith('file:'));
				return urls.map(url => path.resolve(new URL(url).pathname));
			};
			return {env, loaded};
		},
	};
}

test('commands without a screen never load ink or react', async t => {
	const tui = await tuiFiles();
	t.true(tui.size > 0, 'found no ink/react in dist: if the build is minified now, this test needs an esbuild metafile instead');
	const logger = await moduleLogger(t);
	const home = await tempHome(t);
	const commands = [
		['--version'],
		['--help'],
		['packs', '--json'],
		['packs'],
		['lint', 'questions/kuril-islands.yaml'],
		['lint', 'test/fixtures/packs/schema-error.yaml'],
		['extract', 'test/fixtures/articles/straits-accord.html', '--json'],
		['stats', '--json'],
		['stats'],
		['export-log', '--csv'],
		['settings'],
		// Refused for want of a terminal, before the TUI is loaded.
		[],
		['study'],
		['exam'],
	];
	for (const args of commands) {
		const {env, loaded} = logger.next();
		const result = await runCli(args, {env: {...env, FACTDRILL_HOME: home}});
		t.not(result.code, null, args.join(' '));
		const files = await loaded();
		t.true(files.includes(path.join(dist, 'factdrill.js')), `the hook saw the CLI load for ${args.join(' ')}: ${files.join(', ')}`);
		const offending = files.filter(file => tui.has(file) || /[/\\]node_modules[/\\](?:ink|react|react-reconciler)[/\\]/.test(file));
		t.deepEqual(offending, [], `factdrill ${args.join(' ')} loaded the TUI`);
	}
});

test('the check can fail: the home screen in a terminal does load ink', async t => {
	const tui = await tuiFiles();
	const logger = await moduleLogger(t);
	const home = await tempHome(t);
	const {env, loaded} = logger.next();
	const terminal = spawnInTerminal([], {env: {...process.env, ...env, FACTDRILL_HOME: home}});
	t.teardown(() => terminal.kill('SIGKILL'));
	await terminal.waitFor('Enter study');
	await terminal.quiet();
	terminal.write('q');
	t.is((await terminal.waitForExit()).exitCode, 0);
	const files = await loaded();
	t.true(
		files.some(file => tui.has(file)),
		`expected a dist file with ink among: ${files.map(file => path.relative(dist, file)).join(', ')}`,
	);
});
