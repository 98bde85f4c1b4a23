import fs from 'node:fs';
import os from 'node:os';

/**
 * An inter-process lock: a file created with O_EXCL ("wx") that holds its
 * owner's pid, host and start time. Creating it is atomic, so two processes
 * cannot both take it. It is stale when its owner is gone (same host, pid no
 * longer running) or when it is older than staleMs (a holder here keeps it
 * for milliseconds: one read and one write of a small file).
 */
export type LockOptions = {
	/** Give up waiting after this long. */
	timeoutMs?: number;
	/** A lock older than this is broken whoever holds it. */
	staleMs?: number;
};

export type Lock = {path: string; release(): void};

export class LockTimeoutError extends Error {
	readonly lockPath: string;

	constructor(lockPath: string, waitedMs: number, owner: string) {
		super(
			`Timed out after ${(waitedMs / 1000).toFixed(1)} s waiting for the lock ${lockPath}${owner}. ` +
				'If no other factdrill is running, delete that file and try again.',
		);
		this.name = 'LockTimeoutError';
		this.lockPath = lockPath;
	}
}

const defaultTimeoutMs = 5000;
const defaultStaleMs = 10_000;

type Owner = {pid: number; host: string; since: string; token: string};

function ownerText(owner: Owner | undefined): string {
	return owner ? `, held by process ${owner.pid} on ${owner.host} since ${owner.since}` : '';
}

function readOwner(lockPath: string): Owner | undefined {
	try {
		const owner = JSON.parse(fs.readFileSync(lockPath, 'utf8')) as Partial<Owner>;
		if (typeof owner.pid === 'number' && typeof owner.host === 'string' && typeof owner.token === 'string') {
			return {pid: owner.pid, host: owner.host, since: String(owner.since), token: owner.token};
		}
	} catch {
		// Gone, or being written this instant: treated as "no owner known".
	}
	return undefined;
}

function isRunning(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		// EPERM: it exists but belongs to someone else.
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

function ageMs(lockPath: string): number {
	try {
		return Date.now() - fs.statSync(lockPath).mtimeMs;
	} catch {
		return 0;
	}
}

function isStale(lockPath: string, owner: Owner | undefined, staleMs: number): boolean {
	if (owner && owner.host === os.hostname() && !isRunning(owner.pid)) return true;
	return ageMs(lockPath) > staleMs;
}

/**
 * Removes a stale lock if it is still the one judged stale. A small window
 * remains between the check and the unlink; it only matters when two
 * processes break the same dead lock at the same instant.
 */
function breakStale(lockPath: string, owner: Owner | undefined): void {
	const current = readOwner(lockPath);
	if (current?.token !== owner?.token) return;
	fs.rmSync(lockPath, {force: true});
}

let counter = 0;

/** One attempt: the lock, or the current owner (undefined if unknown) when it is held. */
function tryAcquire(lockPath: string, staleMs: number): Lock | {heldBy: Owner | undefined} {
	const owner: Owner = {pid: process.pid, host: os.hostname(), since: new Date().toISOString(), token: `${process.pid}-${Date.now()}-${counter++}`};
	try {
		fs.writeFileSync(lockPath, JSON.stringify(owner), {flag: 'wx'});
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
		const heldBy = readOwner(lockPath);
		if (isStale(lockPath, heldBy, staleMs)) breakStale(lockPath, heldBy);
		return {heldBy};
	}
	return {
		path: lockPath,
		release() {
			// Only remove it if it is still ours (it may have been broken as stale).
			if (readOwner(lockPath)?.token === owner.token) fs.rmSync(lockPath, {force: true});
		},
	};
}

function isLock(result: Lock | {heldBy: Owner | undefined}): result is Lock {
	return 'release' in result;
}

function nextDelay(attempt: number): number {
	// 1, 2, 4 … 32 ms with jitter, so two waiters do not retry in step.
	return Math.min(32, 2 ** attempt) * (0.5 + Math.random());
}

/**
 * The acquire loop shared by the async and sync forms: yields how long to
 * wait before the next try, returns the lock, or throws on timeout.
 */
function* attemptsToAcquire(lockPath: string, options: LockOptions): Generator<number, Lock> {
	const {timeoutMs = defaultTimeoutMs, staleMs = defaultStaleMs} = options;
	const start = Date.now();
	for (let attempt = 0; ; attempt++) {
		const result = tryAcquire(lockPath, staleMs);
		if (isLock(result)) return result;
		if (Date.now() - start >= timeoutMs) throw new LockTimeoutError(lockPath, Date.now() - start, ownerText(result.heldBy));
		yield nextDelay(attempt);
	}
}

export async function acquireLock(lockPath: string, options: LockOptions = {}): Promise<Lock> {
	const attempts = attemptsToAcquire(lockPath, options);
	for (let step = attempts.next(); ; step = attempts.next()) {
		if (step.done) return step.value;
		const delay = step.value;
		await new Promise(resolve => setTimeout(resolve, delay));
	}
}

const sleeper = new Int32Array(new SharedArrayBuffer(4));

/** Like acquireLock, but blocks: for the rare paths that must stay synchronous. */
export function acquireLockSync(lockPath: string, options: LockOptions = {}): Lock {
	const attempts = attemptsToAcquire(lockPath, options);
	for (let step = attempts.next(); ; step = attempts.next()) {
		if (step.done) return step.value;
		Atomics.wait(sleeper, 0, 0, step.value);
	}
}

/** Runs action while holding the lock; releases it however action ends. */
export async function withLock<T>(lockPath: string, action: () => T, options?: LockOptions): Promise<T> {
	const lock = await acquireLock(lockPath, options);
	try {
		return action();
	} finally {
		lock.release();
	}
}

export function withLockSync<T>(lockPath: string, action: () => T, options?: LockOptions): T {
	const lock = acquireLockSync(lockPath, options);
	try {
		return action();
	} finally {
		lock.release();
	}
}
