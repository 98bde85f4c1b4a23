import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type {ExecutionContext} from 'ava';
import type {AuthorOptions} from '../../../source/commands/author/author-session.js';
import type {CommandIo} from '../../../source/commands/io.js';
import {captureIo} from '../../helpers/capture-io.js';
import {accept, pressCtrlC, replace, replaceRefused, scriptedReviewer, type Step} from '../generate/scripted-reviewer.js';

export {accept, pressCtrlC, replaceRefused, type Step};

/*
 * The author commands driven by the real inquirer prompts, rendered by
 * @inquirer/testing and answered key by key (the scripted reviewer of the
 * generate tests, plus steps for lists and checkboxes).
 */

/** Types the text into an input (clearing anything prefilled) and presses Enter. */
export function type(message: string | RegExp, text: string): Step {
	return replace(message, text);
}

/** Moves the list's cursor down to the choice that starts with `label`, checks it is there, and presses Enter. */
export function pick(message: string | RegExp, label: string): Step {
	return {
		message,
		keys(prompt) {
			for (let moves = 0; !cursorLine(prompt.getScreen()).startsWith(`❯ ${label}`); moves++) {
				if (moves > 10) throw new Error(`no choice "${label}" in:\n${prompt.getScreen()}`);
				prompt.events.keypress('down');
			}
			prompt.events.keypress('enter');
		},
	};
}

/** Ticks the checkbox choices named (Space on each), then Enter. */
export function tick(message: string | RegExp, labels: readonly string[]): Step {
	return {
		message,
		keys(prompt) {
			const wanted = new Set(labels);
			for (let moves = 0; wanted.size > 0; moves++) {
				if (moves > 20) throw new Error(`could not tick ${[...wanted].join(', ')} in:\n${prompt.getScreen()}`);
				const line = cursorLine(prompt.getScreen());
				const label = line.slice(2).trim();
				if (wanted.has(label) && line[1] === '◯') {
					prompt.events.keypress('space');
					wanted.delete(label);
				} else {
					prompt.events.keypress('down');
				}
			}
			prompt.events.keypress('enter');
		},
	};
}

function cursorLine(screen: string): string {
	return screen.split('\n').find(line => line.startsWith('❯')) ?? '';
}

export async function temporaryFolder(t: ExecutionContext): Promise<string> {
	const directory = await fs.mkdtemp(path.join(os.tmpdir(), 'factdrill-author-'));
	t.teardown(() => fs.rm(directory, {recursive: true, force: true}));
	return directory;
}

/** Runs an author command in `cwd` with the scripted prompts; what it printed, and the script's record. */
export async function runScripted(
	cwd: string,
	steps: Step[],
	command: (io: CommandIo, options: AuthorOptions) => Promise<number>,
	env: NodeJS.ProcessEnv = {},
) {
	const scripted = scriptedReviewer(steps);
	const {io, output} = captureIo(cwd, env);
	const code = await command(io, {interactive: true, prompts: async () => scripted.reviewer});
	return {code, ...output, printed: scripted.printed.join(''), messages: scripted.messages, remaining: scripted.remaining};
}

/** Types each refused value in turn, checking its message appears, then types one that is accepted. */
export function refuse(message: string | RegExp, refusals: ReadonlyArray<[value: string, error: string]>, text: string): Step {
	return {
		message,
		async keys(prompt) {
			for (const [value, error] of refusals) {
				prompt.events.keypress({name: 'u', ctrl: true});
				prompt.events.type(value);
				prompt.events.keypress('enter');
				await prompt.nextRender();
				if (!prompt.getScreen().includes(error)) throw new Error(`expected "${error}" under "${value}":\n${prompt.getScreen()}`);
			}
			prompt.events.keypress({name: 'u', ctrl: true});
			prompt.events.type(text);
			prompt.events.keypress('enter');
		},
	};
}
