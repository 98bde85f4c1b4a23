/** The pack schema's id rule, checked again here: ids become file names and object keys, so "__proto__" or "../x" never pass. */
export const idPattern = /^[a-z0-9][a-z0-9._-]*$/;

export function isId(text: string): boolean {
	return idPattern.test(text) && text.length <= 80;
}

/** Why `id` cannot be a `kind` id (pack, question) in the store's files, or undefined when it can. */
export function idProblem(kind: string, id: string): string | undefined {
	return isId(id) ? undefined : `Invalid ${kind} id ${JSON.stringify(id)}: ids use a-z, 0-9, ".", "_" and "-".`;
}
