import type {ReviewPrompts} from '../generate/review-prompts.js';
import {splitList, type Check} from './validators.js';

/** A field that must be filled in; the answer trimmed. */
export async function askText(prompts: ReviewPrompts, message: string, check: Check, defaultValue?: string): Promise<string> {
	const value = await prompts.input({message, validate: check, ...(defaultValue === undefined || defaultValue === '' ? {} : {default: defaultValue})});
	return value.trim();
}

/** A field Enter skips (it says "optional"): undefined when left empty. */
export async function askOptional(prompts: ReviewPrompts, message: string, check?: Check): Promise<string | undefined> {
	const value = (await prompts.input({message: `${message} (optional):`, validate: text => (text.trim() === '' || check === undefined ? true : check(text))})).trim();
	return value === '' ? undefined : value;
}

export async function askTags(prompts: ReviewPrompts, message = 'Tags, comma-separated (Enter for none):'): Promise<string[]> {
	return splitList(await prompts.input({message}));
}

export type EntriesSpec = {
	/** "Option 3", from the 1-based number. */
	label: (number: number) => string;
	min: number;
	max: number;
	/** Why the list is not long enough yet, when Enter is pressed on an empty line too soon. */
	tooFew: (entries: readonly string[]) => true | string;
	/** The check of one more entry, given those before it. */
	check: (entries: readonly string[], value: string) => true | string;
};

/**
 * Entries one by one, up to `max`; once there are `min`, Enter on an empty
 * line ends the list, and the label says so.
 */
export async function askEntries(prompts: ReviewPrompts, spec: EntriesSpec): Promise<string[]> {
	const entries: string[] = [];
	while (entries.length < spec.max) {
		const canStop = entries.length >= spec.min;
		const value = await prompts.input({
			message: `${spec.label(entries.length + 1)}${canStop ? ' (Enter when done)' : ''}:`,
			validate: text => (text.trim() === '' ? (canStop ? true : spec.tooFew(entries)) : spec.check(entries, text.trim())),
		});
		if (value.trim() === '') break;
		entries.push(value.trim());
	}
	return entries;
}

/** One of a few choices, by arrow keys and Enter, typed as the values given. */
export async function askChoice<Value extends string>(
	prompts: ReviewPrompts,
	message: string,
	choices: ReadonlyArray<{name: string; value: Value}>,
	defaultValue?: Value,
): Promise<Value> {
	return (await prompts.select({message, choices, loop: false, ...(defaultValue === undefined ? {} : {default: defaultValue})})) as Value;
}

/** An id suggested from other text and put on the line, so the teacher can keep it, edit it or replace it (Ctrl+U). */
export async function askId(prompts: ReviewPrompts, message: string, check: Check, suggested: string): Promise<string> {
	const value = await prompts.input({message, validate: check, ...(suggested === '' ? {} : {default: suggested, prefill: 'editable' as const})});
	return value.trim();
}
