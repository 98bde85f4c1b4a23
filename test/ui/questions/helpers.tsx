import type {ReactElement} from 'react';
import {stripVTControlCharacters} from 'node:util';
import {render} from 'ink-testing-library';
import type {Response} from '../../../source/core/questions/response.js';

export {keys} from '../../helpers/keys.js';

export const tick = async (ms = 20) => new Promise(resolve => setTimeout(resolve, ms));

/**
 * Polls: ava runs a file's tests concurrently, and under that load a key
 * can take longer than a fixed tick to reach the frame.
 */
export async function until(check: () => boolean, timeout = 3000): Promise<void> {
	const start = Date.now();
	while (!check() && Date.now() - start < timeout) await tick(10);
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
		async press(...sequence: string[]) {
			for (const data of sequence) {
				instance.stdin.write(data);
				await tick();
			}
		},
		/** Everything submitted, once the first submission has arrived (and time for a wrong second one). */
		async submissions() {
			await until(() => submitted.length > 0);
			await tick(50);
			return submitted;
		},
		/** The frame once it matches, or the last frame after the timeout, for the assertion to show. */
		async frameMatching(pattern: RegExp) {
			await until(() => pattern.test(frame()));
			return frame();
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
