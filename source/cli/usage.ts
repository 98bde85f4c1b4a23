/** A command line that cannot be run as given: exit 2 with the message. */
export class UsageError extends Error {}

export function parseSeed(text: string): number {
	if (!/^\d{1,9}$/.test(text)) throw new UsageError(`--seed takes a whole number, got "${text}"`);
	return Number(text);
}

/** The value if it is one of the choices, undefined if not given; anything else is a usage error naming the choices. */
export function choiceOf<T extends string>(option: string, value: string | undefined, choices: readonly T[]): T | undefined {
	if (value === undefined) return undefined;
	if (!(choices as readonly string[]).includes(value)) throw new UsageError(`${option} takes ${choices.join(', ')}; got "${value}"`);
	return value as T;
}
