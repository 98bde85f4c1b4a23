import type {ReactElement} from 'react';
import {stripVTControlCharacters} from 'node:util';
import {render} from 'ink-testing-library';
import type {Response} from '../../../source/core/questions/response.js';

export {keys} from '../../helpers/keys.js';

const nextImmediate = async () => new Promise(resolve => setImmediate(resolve));

/**
 * Waits `ms`, then lets React finish what a key set off. ink's React renders
 * and runs effects in scheduler tasks queued with setImmediate, a few
 * milliseconds of work at a time; on a loaded machine a timer alone can fire
 * between them, and the next key would meet a half-updated screen. Each
 * immediate awaited here gives those tasks another turn, in order.
 */
export async function tick(ms = 20): Promise<void> {
	await new Promise(resolve => setTimeout(resolve, ms));
	for (let turn = 0; turn < 10; turn++) await nextImmediate();
}

/**
 * Polls: ava runs a file's tests concurrently, and under that load a key
 * can take longer than a fixed tick to reach the frame.
 */
export async function until(check: () => boolean, timeout = 3000): Promise<void> {
	const start = Date.now();
	while (!check() && Date.now() - start < timeout) await tick(10);
}

/** A clock the test moves by hand. */
export function fakeClock(start = Date.UTC(2025, 0, 1, 12)) {
	let now = start;
	return {
		now: () => now,
		advance(ms: number) {
			now += ms;
		},
	};
}

export type Size = {columns: number; rows: number};

/**
 * ink-testing-library's stdout reports 100 columns and no rows; this sets
 * both and tells ink and useTerminalSize, as a terminal's SIGWINCH would.
 */
export function resize(stdout: NodeJS.EventEmitter, {columns, rows}: Size): void {
	Object.defineProperty(stdout, 'columns', {value: columns, configurable: true});
	Object.defineProperty(stdout, 'rows', {value: rows, configurable: true});
	stdout.emit('resize');
}

/** Typing into a rendered screen and waiting for what it draws. */
export function keyDriver(stdin: {write: (data: string) => void}, frame: () => string) {
	return {
		async press(...sequence: string[]) {
			for (const data of sequence) {
				stdin.write(data);
				await tick();
			}
		},
		/**
		 * The frame once it matches, or the last frame after the timeout, for
		 * the assertion to show. Then a tick: a screen's key handlers attach in
		 * effects that run after its frame is drawn, and keys sent before are lost.
		 */
		async frameMatching(pattern: RegExp) {
			await until(() => pattern.test(frame()));
			await tick();
			return frame();
		},
	};
}

/** Renders an input and records what it submits. */
export async function renderInput(build: (onSubmit: (response: Response) => void) => ReactElement) {
	const submitted: Response[] = [];
	const instance = render(build(response => submitted.push(response)));
	const frame = () => stripVTControlCharacters(instance.lastFrame() ?? '');
	// ink starts reading keys in an effect after the first frame; keys sent before are lost.
	await until(() => frame() !== '' && instance.stdin.listenerCount('readable') > 0);
	await tick();
	return {
		...instance,
		submitted,
		frame,
		...keyDriver(instance.stdin, frame),
		/** Everything submitted, once the first submission has arrived (and time for a wrong second one). */
		async submissions() {
			await until(() => submitted.length > 0);
			await tick(50);
			return submitted;
		},
		/** For checks that nothing happened: give the keys time to have an effect. */
		async settle() {
			await tick(150);
		},
	};
}

/** Columns of the widest line; every symbol the inputs draw is one column wide. */
export function widestLine(frame: string): number {
	return Math.max(0, ...frame.split('\n').map(line => [...stripVTControlCharacters(line)].length));
}

const row = /^[ ›≡] (?:\[[ x]\] )?([0-9a-z])[.)] (.*)$/;

/** The label ("2" or "c") the frame shows in front of the row containing `text`. */
export function labelOf(frame: string, text: string): string {
	for (const line of frame.split('\n')) {
		const match = row.exec(line);
		if (match?.[1] && match[2]?.includes(text)) return match[1];
	}
	throw new Error(`no row for ${JSON.stringify(text)} in:\n${frame}`);
}

/** Texts of the numbered rows, top to bottom, without markers such as "(moving)". */
export function rowTexts(frame: string): string[] {
	return frame
		.split('\n')
		.map(line => /^[ ›≡] (?:\[[ x]\] )?\d\. (.*?)(?: \(moving\))?$/.exec(line)?.[1])
		.filter((text): text is string => text !== undefined);
}
