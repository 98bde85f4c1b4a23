import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import test from 'ava';
import type {ExecutionContext} from 'ava';
import {openPackCache} from '../../source/cache/pack-cache.js';
import {discoverPacks, type PackEntry} from '../../source/core/pack/load.js';

const fixture = new URL('../fixtures/packs/valid-minimal.yaml', import.meta.url);

async function setUp(t: ExecutionContext) {
	const root = await fs.mkdtemp(path.join(os.tmpdir(), 'factdrill-cache-'));
	t.teardown(() => fs.rm(root, {recursive: true, force: true}));
	const packs = path.join(root, 'packs');
	await fs.mkdir(packs);
	const packFile = path.join(packs, 'pack.yaml');
	await fs.copyFile(fixture, packFile);
	const cacheFile = path.join(root, 'cache', 'packs.json');
	const load = async (build = 'build-1') => {
		const cache = openPackCache(cacheFile, build);
		const entries = await discoverPacks([{path: packs, origin: 'user'}], cache);
		cache.save();
		return entries;
	};
	return {packFile, cacheFile, load};
}

function title(entries: PackEntry[]): string | undefined {
	const [entry] = entries;
	return entry?.status === 'ok' ? entry.pack.title : undefined;
}

/** Marks the cached copy so a test can tell a cache hit from a fresh parse. */
async function markCachedTitle(cacheFile: string, marker: string) {
	const data = JSON.parse(await fs.readFile(cacheFile, 'utf8')) as {entries: Record<string, {pack: {title: string}}>};
	for (const entry of Object.values(data.entries)) entry.pack.title = marker;
	await fs.writeFile(cacheFile, JSON.stringify(data));
}

test('an unchanged pack is served from the cache on the next start', async t => {
	const {cacheFile, load} = await setUp(t);
	const fresh = title(await load());
	t.truthy(fresh);
	await markCachedTitle(cacheFile, 'from the cache');
	t.is(title(await load()), 'from the cache');
});

test('an edited pack is checked afresh', async t => {
	const {packFile, cacheFile, load} = await setUp(t);
	await load();
	await markCachedTitle(cacheFile, 'stale');
	await fs.appendFile(packFile, '# a teacher edited this\n');
	t.not(title(await load()), 'stale');
});

test('another build of factdrill does not trust the cache', async t => {
	const {cacheFile, load} = await setUp(t);
	await load('build-1');
	await markCachedTitle(cacheFile, 'old build');
	t.not(title(await load('build-2')), 'old build');
});

test('a damaged cache is ignored and rewritten', async t => {
	const {cacheFile, load} = await setUp(t);
	await load();
	await fs.writeFile(cacheFile, '{not json');
	t.truthy(title(await load()));
	const rewritten = JSON.parse(await fs.readFile(cacheFile, 'utf8')) as {entries: object};
	t.is(Object.keys(rewritten.entries).length, 1);
});
