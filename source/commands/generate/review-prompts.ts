/**
 * The prompts the review uses, in the shape of @inquirer/prompts' select,
 * input and checkbox, so the real ones can be passed in and tests can pass
 * the same prompts driven through @inquirer/testing.
 */
export type ReviewPrompts = {
	select: (config: {
		message: string;
		choices: ReadonlyArray<{name: string; value: string; description?: string}>;
		default?: string;
		pageSize?: number;
		loop?: boolean;
	}) => Promise<string>;
	input: (config: {message: string; default?: string; prefill?: 'tab' | 'editable'; validate?: (value: string) => boolean | string}) => Promise<string>;
	checkbox: (config: {message: string; choices: ReadonlyArray<{name: string; value: string; checked?: boolean}>; required?: boolean}) => Promise<string[]>;
};

/** What the review needs from its caller: the prompts, and where to print each question. */
export type Reviewer = {prompts: ReviewPrompts; print: (text: string) => void};

/** Inquirer rejects a prompt with this error when the user presses Ctrl+C. */
export function isPromptCancelled(error: unknown): boolean {
	return error instanceof Error && error.name === 'ExitPromptError';
}

/** The real prompts on the real terminal; loaded only for --review. */
export async function terminalReviewer(): Promise<Reviewer> {
	const {checkbox, input, select} = await import('@inquirer/prompts');
	return {
		prompts: {select: config => select(config), input: config => input(config), checkbox: config => checkbox(config)},
		print: text => process.stdout.write(text),
	};
}
