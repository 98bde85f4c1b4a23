import {existsSync} from 'node:fs';
import path from 'node:path';
import xterm from '@xterm/headless';
import pty from 'node-pty';

const {Terminal} = xterm;

export const builtCli = path.resolve('dist/factdrill.js');

export {keys} from './keys.js';

export type Exit = {exitCode: number; signal: number | undefined};

export type RealTerminal = {
	/** The visible screen as plain text, one line per row, right-trimmed. */
	screen: () => string;
	/** The visible rows, right-trimmed. */
	lines: () => string[];
	/** Rows of the visible screen that the terminal itself wrapped because the line written was wider than the screen. */
	wrappedRows: () => number[];
	/** Everything the program wrote, escape sequences included. */
	output: () => string;
	write: (keys: string) => void;
	/** Polls the screen until it contains the text, matches the pattern or passes the check; returns the screen. */
	waitFor: (expected: string | RegExp | ((screen: string) => boolean), timeoutMs?: number) => Promise<string>;
	/** Waits until every byte written so far has reached the emulator. */
	settled: () => Promise<void>;
	/**
	 * Waits until the program has written nothing for `ms`. ink writes a frame
	 * before React runs the effects that attach the new screen's key handlers,
	 * so a key sent the instant a new screen appears can reach the old handler
	 * or none; a person never types that fast, a test does.
	 */
	quiet: (ms?: number, timeoutMs?: number) => Promise<void>;
	/** Resizes the emulator and then the pty (which sends SIGWINCH), once what was written at the old size is drawn. */
	resize: (columns: number, rows: number) => Promise<void>;
	/** The exit code, or 0 with the signal when a signal ended it. */
	exited: Promise<Exit>;
	/** Rejects if the program has not exited within the time. */
	waitForExit: (timeoutMs?: number) => Promise<Exit>;
	pid: number;
	kill: (signal?: NodeJS.Signals) => void;
};

export type SpawnOptions = {
	env: NodeJS.ProcessEnv;
	columns?: number;
	rows?: number;
	cwd?: string;
};

/** Every terminal not yet exited, so a failed test cannot leave a program running. */
const running = new Set<RealTerminal>();

/** Kills whatever is still running; for test.after.always (not afterEach: a file's tests run at the same time). */
export function killAll(): void {
	for (const terminal of running) terminal.kill('SIGKILL');
	running.clear();
}

/**
 * Spawns the built CLI in a pseudo-terminal and keeps an xterm emulator's
 * view of the screen, so tests see what a person would see.
 */
export function spawnInTerminal(args: string[], options: SpawnOptions): RealTerminal {
	if (!existsSync(builtCli)) throw new Error('dist/factdrill.js is missing: run npm run build first (npm test does)');
	const columns = options.columns ?? 80;
	const rows = options.rows ?? 24;
	const env = {...options.env};
	// Ink treats any CI variable, even an empty one, as CI and draws nothing until exit.
	delete env['CI'];
	delete env['CONTINUOUS_INTEGRATION'];
	const terminal = new Terminal({cols: columns, rows, allowProposedApi: true});
	const child = pty.spawn(process.execPath, [builtCli, ...args], {
		name: 'xterm-256color',
		cols: columns,
		rows,
		cwd: options.cwd ?? process.cwd(),
		env: env as Record<string, string>,
	});
	let raw = '';
	let lastDataAt = Date.now();
	let pending = Promise.resolve();
	child.onData(data => {
		raw += data;
		lastDataAt = Date.now();
		pending = pending.then(() => new Promise<void>(resolve => terminal.write(data, resolve)));
	});
	let hasExited = false;
	const exited = new Promise<Exit>(resolve =>
		child.onExit(({exitCode, signal}) => {
			hasExited = true;
			running.delete(handle);
			resolve({exitCode, signal: signal || undefined});
		}),
	);

	const lines = () => {
		const buffer = terminal.buffer.active;
		const result: string[] = [];
		for (let row = 0; row < terminal.rows; row++) {
			result.push(buffer.getLine(buffer.viewportY + row)?.translateToString(true) ?? '');
		}
		return result;
	};
	const screen = () => lines().join('\n');

	const wrappedRows = () => {
		const buffer = terminal.buffer.active;
		const result: number[] = [];
		for (let row = 0; row < terminal.rows; row++) {
			if (buffer.getLine(buffer.viewportY + row)?.isWrapped) result.push(row);
		}
		return result;
	};

	const settled = async () => {
		// New data may arrive while we wait for the chain; wait until it stops growing.
		let seen: Promise<void> | undefined;
		while (seen !== pending) {
			seen = pending;
			await seen;
		}
	};

	const waitFor: RealTerminal['waitFor'] = async (expected, timeoutMs = 8000) => {
		const deadline = Date.now() + timeoutMs;
		const matches = (text: string) =>
			typeof expected === 'string' ? text.includes(expected) : expected instanceof RegExp ? expected.test(text) : expected(text);
		for (;;) {
			await settled();
			const text = screen();
			if (matches(text)) return text;
			if (Date.now() > deadline) {
				throw new Error(`timed out after ${timeoutMs} ms waiting for ${typeof expected === 'function' ? 'a check' : String(expected)}; screen:\n${text}`);
			}
			await new Promise(resolve => setTimeout(resolve, 20));
		}
	};

	const quiet = async (ms = 60, timeoutMs = 8000) => {
		const deadline = Date.now() + timeoutMs;
		while (Date.now() - lastDataAt < ms) {
			if (Date.now() > deadline) throw new Error(`the program kept writing for ${timeoutMs} ms; screen:\n${screen()}`);
			await new Promise(resolve => setTimeout(resolve, Math.max(5, ms - (Date.now() - lastDataAt))));
		}
		await settled();
	};

	const waitForExit = async (timeoutMs = 8000) => {
		let timer: NodeJS.Timeout | undefined;
		const timeout = new Promise<never>((_, reject) => {
			timer = setTimeout(() => reject(new Error(`still running after ${timeoutMs} ms; screen:\n${screen()}`)), timeoutMs);
		});
		try {
			const exit = await Promise.race([exited, timeout]);
			await settled();
			return exit;
		} finally {
			clearTimeout(timer);
		}
	};

	const handle: RealTerminal = {
		screen,
		lines,
		wrappedRows,
		output: () => raw,
		write: text => {
			if (!hasExited) child.write(text);
		},
		waitFor,
		settled,
		quiet,
		resize: async (newColumns, newRows) => {
			await settled();
			terminal.resize(newColumns, newRows);
			child.resize(newColumns, newRows);
		},
		exited,
		waitForExit,
		pid: child.pid,
		kill: (signal = 'SIGTERM') => {
			if (!hasExited) child.kill(signal);
		},
	};
	running.add(handle);
	return handle;
}
