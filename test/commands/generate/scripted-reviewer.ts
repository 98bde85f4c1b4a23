import {checkbox, input, select} from '@inquirer/prompts';
import {render} from '@inquirer/testing';
import type {Reviewer} from '../../../source/commands/generate/review-prompts.js';

type Rendered = Awaited<ReturnType<typeof render>>;

/** What the teacher does at one prompt: the prompt's message it expects, and the keys. */
export type Step = {message: string | RegExp; keys: (prompt: Rendered) => void | Promise<void>};

/**
 * A Reviewer whose prompts are the real inquirer prompts, each rendered by
 * @inquirer/testing and answered by the next scripted step. A prompt the
 * script did not expect fails the test through the thrown error.
 */
export function scriptedReviewer(steps: Step[]) {
	const printed: string[] = [];
	const screens: string[] = [];
	const messages: string[] = [];
	async function drive<Value>(prompt: Rendered & {answer: Promise<Value>}, message: string): Promise<Value> {
		messages.push(message);
		const step = steps.shift();
		if (!step) throw new Error(`the script has no step left for the prompt "${message}"`);
		const matches = typeof step.message === 'string' ? message === step.message : step.message.test(message);
		if (!matches) throw new Error(`the script expected the prompt ${String(step.message)} but got "${message}"`);
		screens.push(prompt.getScreen());
		await step.keys(prompt);
		return prompt.answer;
	}
	const reviewer: Reviewer = {
		prompts: {
			select: async config => drive(await render(select, config), config.message),
			input: async config => drive(await render(input, config), config.message),
			checkbox: async config => drive(await render(checkbox, config), config.message),
		},
		print: text => printed.push(text),
	};
	return {reviewer, printed, screens, messages, remaining: () => steps.length};
}

const actions = ['keep', 'edit', 'drop', 'keep this and all the rest', 'drop this and all the rest'] as const;

/** Moves the select to the action by arrow keys, checks the cursor is on it, and presses Enter. */
export function choose(action: (typeof actions)[number]): Step {
	return {
		message: 'Keep this question?',
		keys(prompt) {
			for (let index = 0; index < actions.indexOf(action); index++) prompt.events.keypress('down');
			if (!prompt.getScreen().includes(`❯ ${action}`)) throw new Error(`the cursor is not on "${action}":\n${prompt.getScreen()}`);
			prompt.events.keypress('enter');
		},
	};
}

/** Clears the prefilled text (Ctrl+U, as in any shell), types the new text, presses Enter. */
export function replace(message: string | RegExp, text: string): Step {
	return {
		message,
		keys(prompt) {
			prompt.events.keypress({name: 'u', ctrl: true});
			prompt.events.type(text);
			prompt.events.keypress('enter');
		},
	};
}

/** Enter: keeps what is prefilled, or the default. */
export function accept(message: string | RegExp): Step {
	return {message, keys: prompt => prompt.events.keypress('enter')};
}

export function pressCtrlC(message: string | RegExp): Step {
	return {message, keys: prompt => prompt.events.keypress({name: 'c', ctrl: true})};
}

/** Types a value the prompt must refuse, checks the message shown, then types one it accepts. */
export function replaceRefused(message: string | RegExp, refused: string, error: string, text: string): Step {
	return {
		message,
		async keys(prompt) {
			prompt.events.keypress({name: 'u', ctrl: true});
			prompt.events.type(refused);
			prompt.events.keypress('enter');
			await prompt.nextRender();
			if (!prompt.getScreen().includes(error)) throw new Error(`expected "${error}" on the screen:\n${prompt.getScreen()}`);
			prompt.events.keypress({name: 'u', ctrl: true});
			prompt.events.type(text);
			prompt.events.keypress('enter');
		},
	};
}
