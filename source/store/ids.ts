/** The pack schema's id rule, checked again here: ids become file names and object keys, so "__proto__" or "../x" never pass. */
export const idPattern = /^[a-z0-9][a-z0-9._-]*$/;

export function isId(text: string): boolean {
	return idPattern.test(text) && text.length <= 80;
}
