import fs from 'node:fs/promises';
import path from 'node:path';
import test from 'ava';
import {defaultStudySettings, limitsFor} from '../../source/core/schedule/settings.js';
import {createSettingsStore, loadLearnerSettings, SettingsFileError, SettingsStoreError} from '../../source/store/settings-store.js';
import {temporaryDirectory} from './store-helpers.js';

test('with no settings file the defaults apply, and nothing is written by reading', async t => {
	const home = await temporaryDirectory();
	const store = createSettingsStore({env: {FACTDRILL_HOME: home}});
	t.is(store.path, path.join(home, 'settings.json'));
	t.deepEqual(store.read(), {...defaultStudySettings, packs: {}});
	t.deepEqual(await fs.readdir(home), []);
});

test('a setting is saved in settings.json and read back by a new store', async t => {
	const directory = await temporaryDirectory();
	await createSettingsStore({directory}).set('new-per-day', 30);
	await createSettingsStore({directory}).set('retention', 0.85);
	await createSettingsStore({directory}).set('reviews-per-day', 50, 'kuril-islands');
	const settings = createSettingsStore({directory}).read();
	t.like(settings, {newPerDay: 30, retention: 0.85, reviewsPerDay: 200, leechLapses: 8});
	t.deepEqual(settings.packs, {'kuril-islands': {reviewsPerDay: 50}});
	t.deepEqual(JSON.parse(await fs.readFile(path.join(directory, 'settings.json'), 'utf8')), {
		newPerDay: 30,
		retention: 0.85,
		packs: {'kuril-islands': {reviewsPerDay: 50}},
	});
	t.deepEqual(await fs.readdir(directory), ['settings.json'], 'no lock file left behind');
});

test('removing a value goes back to the default, and an empty pack entry disappears', async t => {
	const directory = await temporaryDirectory();
	const store = createSettingsStore({directory});
	await store.set('new-per-day', 5);
	await store.set('new-per-day', 7, 'kuril-islands');
	await store.set('new-per-day', undefined);
	const settings = await store.set('new-per-day', undefined, 'kuril-islands');
	t.is(settings.newPerDay, defaultStudySettings.newPerDay);
	t.deepEqual(settings.packs, {});
});

test('the learner\'s limit for a pack beats the pack\'s own, which beats the global one', t => {
	const settings = {...defaultStudySettings, newPerDay: 25, packs: {kuril: {newPerDay: 3}}};
	t.deepEqual(limitsFor(settings, {id: 'kuril', study: {new: 10, reviews: 40}}), {newPerDay: 3, reviewsPerDay: 40});
	t.deepEqual(limitsFor(settings, {id: 'other', study: {new: 10}}), {newPerDay: 10, reviewsPerDay: 200});
	t.deepEqual(limitsFor(settings, {id: 'constructor'}), {newPerDay: 25, reviewsPerDay: 200});
	t.deepEqual(limitsFor(defaultStudySettings, {study: {reviews: 5}}), {newPerDay: 20, reviewsPerDay: 5});
});

test('unknown names, out-of-range values and global-only settings for a pack are refused', async t => {
	const directory = await temporaryDirectory();
	const store = createSettingsStore({directory});
	await t.throwsAsync(store.set('speed', 3), {instanceOf: SettingsStoreError, message: /Unknown setting "speed"/});
	await t.throwsAsync(store.set('retention', 1.2), {message: /retention must be between 0.7 and 0.99/});
	await t.throwsAsync(store.set('new-per-day', 2.5), {message: /new-per-day must be between/});
	await t.throwsAsync(store.set('retention', 0.8, 'kuril'), {message: /applies to all packs/});
	await t.throwsAsync(store.set('new-per-day', 3, '../x'), {message: /Invalid pack id/});
	t.deepEqual(await fs.readdir(directory), []);
});

test('a bad settings file is reported with its path and never overwritten', async t => {
	const directory = await temporaryDirectory();
	const file = path.join(directory, 'settings.json');
	for (const content of ['{"newPerDay": 30,', '{"retention": 2}']) {
		await fs.writeFile(file, content);
		const store = createSettingsStore({directory});
		const error = t.throws(() => store.read(), {instanceOf: SettingsFileError});
		t.true(error?.message.includes(file));
		await t.throwsAsync(store.set('new-per-day', 10), {instanceOf: SettingsFileError});
		t.is(await fs.readFile(file, 'utf8'), content);
		const heard: string[] = [];
		t.deepEqual(loadLearnerSettings({FACTDRILL_HOME: directory}, message => heard.push(message)), {...defaultStudySettings, packs: {}});
		t.regex(heard[0] ?? '', /Using the default settings/);
	}
});

test('settings a later version added are kept when one is changed', async t => {
	const directory = await temporaryDirectory();
	const file = path.join(directory, 'settings.json');
	await fs.writeFile(file, JSON.stringify({theme: 'dark', newPerDay: 12}));
	await createSettingsStore({directory}).set('leech-lapses', 5);
	t.deepEqual(JSON.parse(await fs.readFile(file, 'utf8')), {theme: 'dark', newPerDay: 12, leechLapses: 5});
});
