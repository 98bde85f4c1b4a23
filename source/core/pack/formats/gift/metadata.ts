/**
 * What a question's comment lines may carry. Moodle (3.6 and later) writes
 * and reads "// [id:…] [tag:…] [tag:…]": the question's id number and tags,
 * "]" escaped as "\]". factdrill adds [prompt:…] for a cloze's instruction,
 * which GIFT has no place for; Moodle ignores it.
 */
export type Metadata = {id: string | undefined; tags: string[]; prompt: string | undefined};

// One [name:value] token; read left to right, so a prompt that quotes "[tag:…]" adds no tag.
const token = /\[(id|tag|prompt):((?:\\[^\p{Cc}]|[^\]\\\p{Cc}])*)\]/gu;

export function readMetadata(comments: readonly string[]): Metadata {
	const meta: Metadata = {id: undefined, tags: [], prompt: undefined};
	for (const [, name, raw = ''] of comments.join('\n').matchAll(token)) {
		// Moodle unescapes only "\]" in ids and tags, and takes no "<" or ">" in a tag.
		const value = name === 'prompt' ? unescapePrompt(raw).trim() : raw.replaceAll('\\]', ']').trim();
		if (value === '') continue;
		if (name === 'id') meta.id ??= value;
		else if (name === 'prompt') meta.prompt ??= value;
		else if (!/[<>]/.test(value)) meta.tags.push(value);
	}
	return meta;
}

/** The comment line for a question's id and tags, as Moodle writes it. */
export function writeMetadata(id: string, tags: readonly string[], prompt: string | undefined): string {
	// A control character would break the comment line, and Moodle would not read the tag anyway.
	const clean = (value: string) => value.replace(/\p{Cc}+/gu, ' ').trim().replaceAll(']', '\\]');
	const parts = [`[id:${clean(id)}]`, ...tags.map(tag => `[tag:${clean(tag)}]`)];
	if (prompt !== undefined) parts.push(`[prompt:${escapePrompt(prompt)}]`);
	return `// ${parts.join(' ')}`;
}

/** The prompt on one comment line: "\\", "\]", "\n", and "\uXXXX" for any other control character. */
function escapePrompt(prompt: string): string {
	return prompt.replace(/[\\\]\p{Cc}]/gu, char => {
		if (char === '\\' || char === ']') return `\\${char}`;
		return char === '\n' ? '\\n' : `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
	});
}

function unescapePrompt(value: string): string {
	return value.replace(/\\(u[0-9a-f]{4}|[\s\S])/gi, (_, code: string) => {
		if (code === 'n') return '\n';
		return code.length === 5 ? String.fromCharCode(Number.parseInt(code.slice(1), 16)) : code;
	});
}

/**
 * The tag a $CATEGORY: path gives: its last part ("$course$/top/History/Treaties"
 * → "Treaties"). Moodle writes a "/" inside a name as "//". The root parts
 * ("top", "$course$") name no subject, so they give none.
 */
export function categoryTag(path: string): string | undefined {
	const parts = path
		.split(/(?<!\/)\/(?!\/)/)
		.map(part => part.replaceAll('//', '/').trim())
		.filter(part => part !== '');
	const last = parts.at(-1);
	if (last === undefined || last === 'top' || /^\$[a-z0-9]*\$$/i.test(last)) return undefined;
	return last;
}
