/** "1 question", "3 questions": a count with its noun, for messages. */
export function plural(count: number, noun: string): string {
	return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
