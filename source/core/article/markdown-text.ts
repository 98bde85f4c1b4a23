/**
 * Markdown reduced to its text: one block per paragraph, heading, list item
 * or quotation, with links, emphasis, images, code marks and HTML tags gone.
 */
export type MarkdownBlock = {
	text: string;
	/** 1–6 for a heading, 0 for anything else. */
	heading: number;
};

const frontMatter = /^---\n([\s\S]*?)\n(?:---|\.\.\.)\n/u;

/** "key: value" lines of a YAML front matter block, lower-cased keys, quotes removed. */
export function frontMatterFields(markdown: string): Map<string, string> {
	const fields = new Map<string, string>();
	const block = frontMatter.exec(markdown)?.[1] ?? '';
	for (const line of block.split('\n')) {
		const field = /^([A-Za-z_][\w-]*):\s*(.+)$/u.exec(line);
		if (field?.[1] && field[2]) fields.set(field[1].toLowerCase(), field[2].trim().replace(/^(["'])(.*)\1$/u, '$2'));
	}
	return fields;
}

// Spans are bounded so that a long paragraph full of unmatched marks stays linear.
export function stripInline(text: string): string {
	return (
		text
			.replace(/!\[[^\]\n]{0,300}\]\([^)\n]{0,1000}\)/gu, '')
			.replace(/!\[[^\]\n]{0,300}\]\[[^\]\n]{0,200}\]/gu, '')
			.replace(/\[([^\]\n]{0,300})\]\([^)\n]{0,1000}\)/gu, '$1')
			.replace(/\[([^\]\n]{1,300})\]\[[^\]\n]{0,200}\]/gu, '$1')
			.replace(/<(https?:\/\/[^>\s]{1,2000})>/gu, '$1')
			.replace(/<\/?[A-Za-z][^>\n]{0,500}>/gu, '')
			.replace(/`{1,3}([^`\n]{0,500})`{1,3}/gu, '$1')
			.replace(/(\*\*|__)(?=\S)([^\n]{0,300}?\S)\1/gu, '$2')
			.replace(/~~(?=\S)([^\n]{0,300}?\S)~~/gu, '$1')
			// Single * or _ only around words, so snake_case and 2*3 survive.
			.replace(/(^|[^\p{L}\p{N}*])\*(?=\S)([^*\n]{0,300}?\S)\*(?![\p{L}\p{N}])/gu, '$1$2')
			.replace(/(^|[^\p{L}\p{N}_])_(?=\S)([^\n]{0,300}?\S)_(?![\p{L}\p{N}_])/gu, '$1$2')
			.replace(/\\([\\`*_{}[\]()#+\-.!>|~])/gu, '$1')
			.replace(/\s+/gu, ' ')
			.trim()
	);
}

const listMarker = /^\s{0,3}(?:[-*+]|\d{1,9}[.)])\s+/u;
const rule = /^\s{0,3}(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,})$/u;
const referenceDefinition = /^\s{0,3}\[[^\]]+\]:\s*\S+/u;
const tableSeparator = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/u;

export function markdownBlocks(markdown: string): MarkdownBlock[] {
	const blocks: MarkdownBlock[] = [];
	let paragraph: string[] = [];
	const flush = (): void => {
		if (paragraph.length === 0) return;
		const text = stripInline(paragraph.join(' '));
		if (text.length > 0) blocks.push({text, heading: 0});
		paragraph = [];
	};
	const lines = markdown.replace(frontMatter, '').split('\n');
	let fenced = false;
	let underline = -1;
	for (const [index, raw] of lines.entries()) {
		if (index === underline) continue;
		if (!fenced && raw.trim().length === 0) {
			flush();
			continue;
		}
		if (/^\s{0,3}(?:```|~~~)/u.test(raw)) {
			flush();
			fenced = !fenced;
			continue;
		}
		if (fenced) {
			paragraph.push(raw);
			continue;
		}
		const line = raw.replace(/^\s{0,3}(?:>\s?)+/u, '');
		const atx = /^\s{0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$/u.exec(line);
		const next = lines[index + 1] ?? '';
		if (atx) {
			flush();
			blocks.push({text: stripInline(atx[2] ?? ''), heading: atx[1]?.length ?? 1});
		} else if (line.trim().length > 0 && paragraph.length === 0 && /^\s{0,3}(?:=+|-+)\s*$/u.test(next) && !listMarker.test(line)) {
			blocks.push({text: stripInline(line), heading: next.includes('=') ? 1 : 2});
			underline = index + 1;
		} else if (line.trim().length === 0 || rule.test(line) || referenceDefinition.test(line) || tableSeparator.test(line)) {
			flush();
		} else if (listMarker.test(line)) {
			flush();
			paragraph.push(line.replace(listMarker, ''));
		} else {
			paragraph.push(line.includes('|') ? line.replace(/^\s*\||\|\s*$/gu, '').replace(/\s*\|\s*/gu, ' ') : line);
		}
	}
	flush();
	return blocks.filter(block => block.text.length > 0);
}
