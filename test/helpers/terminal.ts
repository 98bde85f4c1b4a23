import {existsSync} from 'node:fs';
import path from 'node:path';
import xterm from '@xterm/headless';
import pty from 'node-pty';

const {Terminal} = xterm;

export const builtCli = path.resolve('dist/factdrill.js');

export type RealTerminal = {
	/** The visible screen as plain text, one line per row, right-trimmed. */
	screen: () => string;
	write: (keys: string) => void;
	waitFor: (expected: string | RegExp, timeoutMs?: number) => Promise<string>;
	resize: (columns: number, rows: number) => void;
	exited: Promise<number>;
	kill: () => void;
};

/**
 * Spawns the built CLI in a pseudo-terminal and keeps an xterm emulator's
 * view of the screen, so tests see what a person would see.
 */
export function spawnInTerminal(
	args: string[],
	options: {env: NodeJS.ProcessEnv; columns?: number; rows?: number},
): RealTerminal {
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
		cwd: process.cwd(),
		env: env as Record<string, string>,
	});
	let pending = Promise.resolve();
	child.onData(data => {
		pending = pending.then(() => new Promise<void>(resolve => terminal.write(data, resolve)));
	});
	const exited = new Promise<number>(resolve => child.onExit(({exitCode}) => resolve(exitCode)));

	const screen = () => {
		const buffer = terminal.buffer.active;
		const lines: string[] = [];
		for (let row = 0; row < terminal.rows; row++) {
			lines.push(buffer.getLine(buffer.viewportY + row)?.translateToString(true) ?? '');
		}
		return lines.join('\n');
	};

	const waitFor = async (expected: string | RegExp, timeoutMs = 8000) => {
		const deadline = Date.now() + timeoutMs;
		for (;;) {
			await pending;
			const text = screen();
			if (typeof expected === 'string' ? text.includes(expected) : expected.test(text)) return text;
			if (Date.now() > deadline) throw new Error(`timed out waiting for ${String(expected)}; screen:\n${text}`);
			await new Promise(resolve => setTimeout(resolve, 25));
		}
	};

	return {
		screen,
		write: keys => child.write(keys),
		waitFor,
		resize: (newColumns, newRows) => {
			child.resize(newColumns, newRows);
			terminal.resize(newColumns, newRows);
		},
		exited,
		kill: () => child.kill(),
	};
}
