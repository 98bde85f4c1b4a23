import fs from 'node:fs/promises';
import path from 'node:path';
import test from 'ava';
import {parse} from 'yaml';
import {killAll, spawnInTerminal} from '../helpers/terminal.js';
import {runCli, stackFrame, tempHome} from './run-cli.js';

/*
 * The built CLI (dist/factdrill.js) as scripts and people run it: exit
 * codes, what goes to stdout and stderr, and what it does with a damaged
 * home folder. Each test has its own FACTDRILL_HOME.
 */

const manifest = JSON.parse(await fs.readFile('package.json', 'utf8')) as {version: string};
const kurilFile = 'questions/kuril-islands.yaml';
const kurilQuestions = (parse(await fs.readFile(kurilFile, 'utf8')) as {questions: unknown[]}).questions.length;

test.after.always(killAll);

type Listing = {id: string | null; title: string | null; questions: number | null; mastered: number | null; origin: string; file: string; status: string; reason?: string};

for (const flag of ['--version', '-v']) {
	test(`${flag} prints the package version and exits 0`, async t => {
		const home = await tempHome(t);
		const result = await runCli([flag], {env: {FACTDRILL_HOME: home}});
		t.is(result.code, 0);
		t.is(result.stdout, `${manifest.version}\n`);
		t.is(result.stderr, '');
	});
}

test('--help lists every command and exits 0', async t => {
	const home = await tempHome(t);
	for (const args of [['--help'], ['-h'], ['help']]) {
		const result = await runCli(args, {env: {FACTDRILL_HOME: home}});
		t.is(result.code, 0, args.join(' '));
		for (const command of ['study', 'packs', 'lint']) t.regex(result.stdout, new RegExp(`^\\s+factdrill ${command}\\b`, 'm'), `${args.join(' ')} names ${command}`);
		t.is(result.stderr, '');
	}
});

test('an unknown command exits 2 with a message naming it', async t => {
	const home = await tempHome(t);
	const result = await runCli(['frobnicate'], {env: {FACTDRILL_HOME: home}});
	t.is(result.code, 2);
	t.is(result.stdout, '');
	const [first, ...rest] = result.stderr.trimEnd().split('\n');
	t.regex(first ?? '', /^factdrill: unknown command "frobnicate"/);
	// The one-line message, then at most a pointer to --help.
	t.true(rest.length <= 1 && rest.every(line => /--help/.test(line)), result.stderr);
});

test('--seed that is not a whole number exits 2', async t => {
	const home = await tempHome(t);
	for (const args of [['--seed', 'abc'], ['study', '--seed', 'abc'], ['study', '--seed=-3']]) {
		const result = await runCli(args, {env: {FACTDRILL_HOME: home}});
		t.is(result.code, 2, args.join(' '));
		t.regex(result.stderr, /^factdrill: .*seed/, args.join(' '));
		t.notRegex(result.stderr, stackFrame);
	}
});

test('factdrill and factdrill study without a terminal exit 2 with a one-line explanation', async t => {
	const home = await tempHome(t);
	for (const args of [[], ['study'], ['study', 'kuril-islands', '--seed', '3']]) {
		const result = await runCli(args, {env: {FACTDRILL_HOME: home}});
		t.is(result.code, 2, args.join(' '));
		t.is(result.stdout, '', args.join(' '));
		const lines = result.stderr.trimEnd().split('\n');
		t.is(lines.length, 1, result.stderr);
		t.regex(lines[0] ?? '', /^factdrill: .*terminal/);
		t.notRegex(result.stderr, stackFrame);
	}
	// Nothing was written to the home folder.
	t.deepEqual(await fs.readdir(home), []);
});

test('packs --json lists the built-in pack with its question count', async t => {
	const home = await tempHome(t);
	const result = await runCli(['packs', '--json'], {env: {FACTDRILL_HOME: home}});
	t.is(result.code, 0, result.stderr);
	t.is(result.stderr, '');
	const listings = JSON.parse(result.stdout) as Listing[];
	t.like(
		listings.find(listing => listing.id === 'kuril-islands'),
		{status: 'ok', origin: 'built-in', questions: kurilQuestions, mastered: 0},
	);
	t.is(kurilQuestions, 43);
});

test('a broken pack in the home folder is listed as broken with its reason and does not stop the others', async t => {
	const home = await tempHome(t);
	await fs.mkdir(path.join(home, 'packs'));
	const broken = path.join(home, 'packs', 'broken.yaml');
	await fs.copyFile('test/fixtures/packs/schema-error.yaml', broken);
	await fs.copyFile('test/fixtures/packs/valid-minimal.yaml', path.join(home, 'packs', 'magna.yaml'));

	const json = await runCli(['packs', '--json'], {env: {FACTDRILL_HOME: home}});
	t.is(json.code, 0, json.stderr);
	const listings = JSON.parse(json.stdout) as Listing[];
	const brokenListing = listings.find(listing => listing.file === broken);
	t.like(brokenListing, {status: 'broken', origin: 'user', id: null});
	t.regex(brokenListing?.reason ?? '', /options: expected 2–6 options, got 7/);
	t.like(listings.find(listing => listing.id === 'kuril-islands'), {status: 'ok', questions: kurilQuestions});
	t.like(listings.find(listing => listing.id === 'magna-carta-basics'), {status: 'ok', origin: 'user', questions: 7});

	const table = await runCli(['packs'], {env: {FACTDRILL_HOME: home}});
	t.is(table.code, 0, table.stderr);
	t.regex(table.stdout, /^kuril-islands\s/m);
	t.regex(table.stdout, /^magna-carta-basics\s/m);
	t.regex(table.stdout, /broken.*broken\.yaml: .*options: expected 2–6 options, got 7/);
});

test('lint passes the built-in pack and exits 0', async t => {
	const home = await tempHome(t);
	const result = await runCli(['lint', kurilFile], {env: {FACTDRILL_HOME: home}});
	t.is(result.code, 0, result.stdout);
	t.regex(result.stdout, /✔ 1 file OK/);
});

test('lint of a broken pack exits 1 and prints file:line:col: message lines', async t => {
	const home = await tempHome(t);
	const file = 'test/fixtures/packs/schema-error.yaml';
	const result = await runCli(['lint', file], {env: {FACTDRILL_HOME: home}});
	t.is(result.code, 1);
	const lines = result.stdout.trimEnd().split('\n');
	const summary = lines.pop();
	t.regex(summary ?? '', /^\d+ errors?, \d+ warnings? in 1 file$/);
	t.true(lines.length > 0);
	for (const line of lines) t.regex(line, new RegExp(`^${file.replace(/[.]/g, '\\.')}:\\d+:\\d+: \\S`));
	t.notRegex(result.stderr, stackFrame);
});

test('study of a pack that does not exist exits non-zero and says so', async t => {
	const home = await tempHome(t);
	const terminal = spawnInTerminal(['study', 'nosuchpack'], {env: {...process.env, FACTDRILL_HOME: home}});
	t.teardown(() => terminal.kill('SIGKILL'));
	const exit = await terminal.waitForExit();
	t.is(exit.exitCode, 1);
	const screen = terminal.screen();
	t.regex(screen, /factdrill: no pack "nosuchpack"; run factdrill packs to list them/);
	t.notRegex(screen, stackFrame);
	// No half-drawn screen was left behind: the cursor is shown.
	t.false(terminal.output().includes('\u001B[?25l') && !terminal.output().endsWith('\u001B[?25h'), JSON.stringify(terminal.output()));
});

test('a corrupted progress file is moved aside, named on stderr, and packs still works', async t => {
	const home = await tempHome(t);
	const progress = path.join(home, 'progress');
	await fs.mkdir(progress);
	const damaged = path.join(progress, 'progress-kuril-islands.json');
	const original = '{not json';
	await fs.writeFile(damaged, original);

	const result = await runCli(['packs', '--json'], {env: {FACTDRILL_HOME: home}});
	t.is(result.code, 0, result.stderr);
	t.like((JSON.parse(result.stdout) as Listing[]).find(listing => listing.id === 'kuril-islands'), {status: 'ok', mastered: 0});
	const backups = (await fs.readdir(progress)).filter(name => /^progress-kuril-islands\.corrupt-\d{8}-\d{6}(-\d+)?\.json$/.test(name));
	t.is(backups.length, 1, (await fs.readdir(progress)).join(', '));
	const backup = path.join(progress, backups[0]!);
	t.true(result.stderr.includes(backup), result.stderr);
	t.regex(result.stderr, /^factdrill: /);
	t.notRegex(result.stderr, stackFrame);
	t.is(await fs.readFile(backup, 'utf8'), original);
	await t.throwsAsync(fs.access(damaged), undefined, 'the damaged file is no longer in the way');

	// The next run finds nothing to repair.
	const again = await runCli(['packs', '--json'], {env: {FACTDRILL_HOME: home}});
	t.is(again.code, 0);
	t.is(again.stderr, '');
});

/** An SGR sequence that sets or resets a colour: foreground, background, 256-colour or true colour. */
const colourCode = /\u001B\[(?:\d+;)*(?:3\d|4\d|9[0-7]|10[0-7])(?:;\d+)*m/;

async function homeScreenOutput(env: NodeJS.ProcessEnv, home: string): Promise<string> {
	const terminal = spawnInTerminal([], {env: {...env, FACTDRILL_HOME: home, TERM: 'xterm-256color'}});
	try {
		await terminal.waitFor('Enter study');
		await terminal.waitFor('›');
		await terminal.quiet();
		terminal.write('q');
		await terminal.waitForExit();
		return terminal.output();
	} finally {
		terminal.kill('SIGKILL');
	}
}

test('NO_COLOR=1: the home screen has no colour codes but keeps the pointer; without it, it has colour', async t => {
	const home = await tempHome(t);
	const plain = {...process.env};
	delete plain['FORCE_COLOR'];
	delete plain['NO_COLOR'];

	const withoutColour = await homeScreenOutput({...plain, NO_COLOR: '1'}, home);
	t.true(withoutColour.includes('›'), 'the pointer marks the chosen pack');
	t.true(withoutColour.includes('Enter study'));
	t.notRegex(withoutColour, colourCode, JSON.stringify(withoutColour.match(colourCode)?.[0]));

	const withColour = await homeScreenOutput({...plain, FORCE_COLOR: '1'}, home);
	t.true(withColour.includes('›'));
	t.regex(withColour, colourCode, 'the same screen with colour on does use colour codes, so the check above can fail');
});
