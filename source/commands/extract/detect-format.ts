import path from 'node:path';
import type {ArticleFormat} from '../../core/article/article.js';

/** html, markdown or text, from the content when nothing else says. */
export function detectFormat(text: string): ArticleFormat {
	const head = text.slice(0, 4096).trimStart().toLowerCase();
	if (head.startsWith('<!doctype html') || head.startsWith('<html') || /<(body|article|p|div|head)[\s>]/.test(head)) return 'html';
	const markdownSigns = [/^#{1,6} \S/m, /\[[^\]\n]+\]\([^)\s]+\)/, /^\s*[-*] \S/m, /\*\*[^*\n]+\*\*/];
	return markdownSigns.filter(sign => sign.test(text.slice(0, 20_000))).length >= 2 ? 'markdown' : 'text';
}

/** The format a server's Content-Type announces, or undefined when it is not text. */
export function formatFromContentType(contentType: string): ArticleFormat | undefined {
	const type = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
	if (type === 'text/html' || type === 'application/xhtml+xml') return 'html';
	if (type === 'text/markdown' || type === 'text/x-markdown') return 'markdown';
	if (type === '' || type.startsWith('text/')) return 'text';
	return undefined;
}

/** The format a file name announces, or undefined when it says nothing. */
export function formatFromExtension(file: string): ArticleFormat | undefined {
	const extension = path.extname(file).toLowerCase();
	if (extension === '.html' || extension === '.htm' || extension === '.xhtml') return 'html';
	if (extension === '.md' || extension === '.markdown') return 'markdown';
	return undefined;
}
