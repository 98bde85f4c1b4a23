import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import test from 'ava';
import {parseCommand, UsageError} from '../../source/cli/arguments.js';
import {runSettings} from '../../source/commands/settings.js';
import type {SettingsOptions} from '../../source/commands/settings.js';

async function run(options: SettingsOptions, home?: string) {
	const directory = home ?? (await fs.mkdtemp(path.join(os.tmpdir(), 'factdrill-settings-')));
	let stdout = '';
	let stderr = '';
	const io = {stdout: (text: string) => (stdout += text), stderr: (text: string) => (stderr += text), env: {FACTDRILL_HOME: directory}, cwd: directory};
	const code = await runSettings(io, options);
	return {code, stdout, stderr, home: directory};
}

test('factdrill settings prints every setting with its value, range and file', async t => {
	const {code, stdout, home} = await run({});
	t.is(code, 0);
	t.true(stdout.includes(path.join(home, 'settings.json')));
	t.regex(stdout, /retention\s+0\.9 \(default\)\s+0\.7–0\.99\s+wanted chance of recall/);
	t.true(stdout.split('\n').every(line => line.length <= 80 || line.includes(home)), 'fits 80 columns');
	t.regex(stdout, /new-per-day\s+20 \(default\)/);
	t.regex(stdout, /reviews-per-day\s+200 \(default\)/);
	t.regex(stdout, /leech-lapses\s+8 \(default\)/);
});

test('a setting changed globally and for one pack shows in the listing and in --json', async t => {
	const first = await run({name: 'new-per-day', value: '30'});
	t.is(first.code, 0);
	t.regex(first.stdout, /new-per-day is now 30/);
	t.is((await run({name: 'retention', value: '0.85'}, first.home)).code, 0);
	const forPack = await run({name: 'reviews-per-day', value: '40', packId: 'kuril-islands'}, first.home);
	t.regex(forPack.stdout, /reviews-per-day for kuril-islands is now 40/);

	const listing = await run({}, first.home);
	t.regex(listing.stdout, /new-per-day\s+30 /);
	t.regex(listing.stdout, /kuril-islands: reviews-per-day 40/);
	const json = JSON.parse((await run({json: true}, first.home)).stdout) as {settings: Record<string, unknown>};
	t.like(json.settings, {newPerDay: 30, retention: 0.85, reviewsPerDay: 200, packs: {'kuril-islands': {reviewsPerDay: 40}}});

	t.is((await run({name: 'new-per-day', value: 'default'}, first.home)).code, 0);
	t.regex((await run({}, first.home)).stdout, /new-per-day\s+20 \(default\)/);
});

test('unknown names and bad values exit 2 with a message saying what is allowed', async t => {
	const cases: Array<[SettingsOptions, RegExp]> = [
		[{name: 'speed', value: '3'}, /unknown setting "speed" \(expected one of: retention, new-per-day, reviews-per-day, leech-lapses\)/],
		[{name: 'retention', value: '1.5'}, /retention must be between 0\.7 and 0\.99, got 1\.5/],
		[{name: 'new-per-day', value: 'lots'}, /new-per-day takes a number/],
		[{name: 'new-per-day', value: '2.5'}, /new-per-day takes a whole number/],
		[{name: 'new-per-day'}, /needs a value/],
		[{name: 'leech-lapses', value: '4', packId: 'kuril'}, /applies to all packs/],
		[{name: 'new-per-day', value: '4', packId: 'Bad Id'}, /Invalid pack id/],
	];
	for (const [options, message] of cases) {
		const result = await run(options);
		t.is(result.code, 2, JSON.stringify(options));
		t.regex(result.stderr, message);
		t.deepEqual(await fs.readdir(result.home), [], 'nothing written');
	}
});

test('a bad settings file fails with its path and is left as it is', async t => {
	const home = await fs.mkdtemp(path.join(os.tmpdir(), 'factdrill-settings-'));
	const file = path.join(home, 'settings.json');
	await fs.writeFile(file, '{"newPerDay": -3}');
	for (const options of [{}, {name: 'new-per-day', value: '5'}]) {
		const result = await run(options, home);
		t.is(result.code, 1);
		t.true(result.stderr.includes(file));
	}
	t.is(await fs.readFile(file, 'utf8'), '{"newPerDay": -3}');
});

test('the command line: settings, settings <name> <value> --for <pack>, --json', t => {
	t.deepEqual(parseCommand(['settings']), {name: 'settings', setting: undefined, value: undefined, packId: undefined, json: false});
	t.deepEqual(parseCommand(['settings', '--json']), {name: 'settings', setting: undefined, value: undefined, packId: undefined, json: true});
	t.deepEqual(parseCommand(['settings', 'new-per-day', '30', '--for', 'kuril']), {name: 'settings', setting: 'new-per-day', value: '30', packId: 'kuril', json: false});
	t.throws(() => parseCommand(['settings', 'a', 'b', 'c']), {instanceOf: UsageError});
	t.throws(() => parseCommand(['settings', '--for', 'kuril']), {instanceOf: UsageError});
	t.throws(() => parseCommand(['study', '--for', 'kuril']), {instanceOf: UsageError, message: /--for is an option of settings/});
});
