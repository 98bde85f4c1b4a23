import {isPromptCancelled, terminalReviewer, type Reviewer} from '../generate/review-prompts.js';
import type {CommandIo} from '../io.js';

export type AuthorOptions = {
	/** Whether stdin and stdout are both a terminal: the prompts need them. */
	interactive: boolean;
	/** The prompts and where to print between them; the real terminal unless a test passes its own. */
	prompts?: () => Promise<Reviewer>;
};

/** "factdrill: …" on stderr, and the exit code to return. */
export function fail(io: CommandIo, message: string, code = 1): number {
	io.stderr(`factdrill: ${message}\n`);
	return code;
}

/** Exit 2 with one line when there is no terminal to ask on; undefined when there is. */
export function terminalProblem(io: CommandIo, options: AuthorOptions, command: 'new' | 'add'): number | undefined {
	if (options.interactive) return undefined;
	const instead = command === 'new' ? 'write the pack in a text editor' : 'add the questions in a text editor';
	return fail(io, `${command} asks its questions on an interactive terminal (stdin and stdout must be a TTY); ${instead} and check it with factdrill lint`, 2);
}

/**
 * Runs the questions on the terminal. Ctrl+C at any prompt (inquirer's
 * ExitPromptError) ends the run with 130 and nothing written, since the
 * file is only written after the last answer.
 */
export async function withPrompts(io: CommandIo, options: AuthorOptions, run: (terminal: Reviewer) => Promise<number>): Promise<number> {
	const terminal = await (options.prompts ?? terminalReviewer)();
	try {
		return await run(terminal);
	} catch (error) {
		if (isPromptCancelled(error)) return fail(io, 'cancelled, nothing written', 130);
		throw error;
	}
}
