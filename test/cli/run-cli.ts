import {spawn} from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type {ExecutionContext} from 'ava';
import {builtCli} from '../helpers/terminal.js';

export type CliResult = {code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string};

/**
 * Runs the built CLI as a user's script would: stdin a pipe closed at once,
 * stdout and stderr pipes, so none of them is a terminal.
 */
export async function runCli(args: readonly string[], options: {env?: NodeJS.ProcessEnv; cwd?: string; timeoutMs?: number} = {}): Promise<CliResult> {
	const env = {...process.env, ...options.env};
	// The test runner's own loader (tsx) must not leak into the CLI under test.
	delete env['NODE_OPTIONS'];
	if (options.env?.['NODE_OPTIONS']) env['NODE_OPTIONS'] = options.env['NODE_OPTIONS'];
	const child = spawn(process.execPath, [builtCli, ...args], {env, cwd: options.cwd ?? process.cwd(), stdio: ['pipe', 'pipe', 'pipe']});
	child.stdin.end();
	let stdout = '';
	let stderr = '';
	child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
	child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
	const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 15_000);
	try {
		const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve, reject) => {
			child.on('error', reject);
			child.on('close', (exitCode, exitSignal) => resolve([exitCode, exitSignal]));
		});
		return {code, signal, stdout, stderr};
	} finally {
		clearTimeout(timer);
	}
}

/** A fresh FACTDRILL_HOME, removed after the test. */
export async function tempHome(t: ExecutionContext, prefix = 'factdrill-cli-'): Promise<string> {
	const home = await fs.mkdtemp(path.join(os.tmpdir(), prefix));
	t.teardown(() => fs.rm(home, {recursive: true, force: true}));
	return home;
}

/** A Node stack frame, as printed when an error escapes. */
export const stackFrame = /^\s+at .+[(:]\d+/m;
