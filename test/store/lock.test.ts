import {spawnSync} from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import test from 'ava';
import {LockTimeoutError, acquireLock, acquireLockSync, withLock} from '../../source/store/lock.js';

async function lockPath(): Promise<string> {
	const directory = await fs.mkdtemp(path.join(os.tmpdir(), 'factdrill-lock-'));
	return path.join(directory, 'progress-kuril.json.lock');
}

function deadPid(): number {
	// A process that has already exited: its pid is free (and unlikely to be reused this instant).
	return spawnSync(process.execPath, ['-e', '0']).pid!;
}

test('the lock is exclusive and released after the action', async t => {
	const file = await lockPath();
	const order: string[] = [];
	const first = await acquireLock(file);
	const second = withLock(file, () => order.push('second'));
	await new Promise(resolve => setTimeout(resolve, 50));
	order.push('first done');
	first.release();
	await second;
	t.deepEqual(order, ['first done', 'second']);
	await t.throwsAsync(fs.access(file), undefined, 'the lock file is gone');
});

test('a wait is bounded and the error names the lock file and its holder', async t => {
	const file = await lockPath();
	const held = acquireLockSync(file);
	const error = await t.throwsAsync(acquireLock(file, {timeoutMs: 100}), {instanceOf: LockTimeoutError});
	t.true(error?.message.includes(file));
	t.true(error?.message.includes(`process ${process.pid}`));
	t.throws(() => acquireLockSync(file, {timeoutMs: 50}), {instanceOf: LockTimeoutError});
	held.release();
});

test('a lock left by a process that died is broken', async t => {
	const file = await lockPath();
	await fs.writeFile(file, JSON.stringify({pid: deadPid(), host: os.hostname(), since: new Date().toISOString(), token: 'dead'}));
	const lock = await acquireLock(file, {timeoutMs: 1000});
	t.true(JSON.parse(await fs.readFile(file, 'utf8')).pid === process.pid);
	lock.release();
});

test('a lock older than staleMs is broken even without a readable owner', async t => {
	const file = await lockPath();
	await fs.writeFile(file, '');
	const old = new Date(Date.now() - 60_000);
	await fs.utimes(file, old, old);
	const lock = await acquireLock(file, {timeoutMs: 1000, staleMs: 10_000});
	lock.release();
	t.pass();
});

test('an empty lock file that is new is respected (its owner is still writing it)', async t => {
	const file = await lockPath();
	await fs.writeFile(file, '');
	await t.throwsAsync(acquireLock(file, {timeoutMs: 50}), {instanceOf: LockTimeoutError});
});

test('release leaves alone a lock that is no longer ours', async t => {
	const file = await lockPath();
	const lock = acquireLockSync(file);
	const other = JSON.stringify({pid: process.pid, host: os.hostname(), since: '', token: 'someone-else'});
	await fs.writeFile(file, other);
	lock.release();
	t.is(await fs.readFile(file, 'utf8'), other);
});
