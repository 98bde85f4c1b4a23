/** What to tell a person about something thrown: an Error's message, or the thrown value itself. */
export function errorMessage(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}
