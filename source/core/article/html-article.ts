import {Readability} from '@mozilla/readability';
import {parseHTML} from 'linkedom';
import type {Article} from './article.js';
import {cleanByline, cleanOutlet} from './byline.js';
import {domParagraphs, domShape, type DomParagraph} from './dom-paragraphs.js';
import {cleanHtmlParagraphs} from './html-body.js';
import {htmlMetadata} from './html-metadata.js';
import {dayOfTimestamp} from './published-date.js';
import {extractTextArticle} from './text-article.js';

type ParsedDocument = ReturnType<typeof parseHTML>['document'];
type DomRoot = Parameters<typeof domParagraphs>[0];
type Readable = {content: DomParagraph[]; title: string | null; byline: string | null; outlet: string | null; published: string | null};

// Readability recurses through the tree and retries when it finds too little:
// on a tree nested thousands deep it overflows the stack, after minutes. Real
// pages stay far inside these bounds (the benchmark's deepest nests 50 deep,
// its largest has 1,600 elements).
const maxDepth = 200;
const maxElements = 8000;
// linkedom's parser slows down with the square of the nesting depth.
const maxWrittenDepth = 1000;

function parseDocument(html: string): ParsedDocument {
	// linkedom needs an <html> element to build head and body around a fragment.
	const page = /<html[\s>]/iu.test(html) ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
	return parseHTML(page).document;
}

function readableContent(document: ParsedDocument): Readable | null {
	// Classes are kept so captions, bylines and share bars inside the article can be recognised.
	const reader = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], {
		serializer: node => node,
		keepClasses: true,
	});
	const result = reader.parse();
	if (!result?.content) return null;
	return {
		content: domParagraphs(result.content as unknown as DomRoot),
		title: result.title ?? null,
		byline: result.byline ?? null,
		outlet: result.siteName ?? null,
		published: result.publishedTime ? dayOfTimestamp(result.publishedTime) : null,
	};
}

const voidOrSelfClosing = new Set([
	'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'param',
	// Closed implicitly by the next one, so never nested in practice.
	'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option',
]);

/** How deep the tags nest, as written; the scan stops once past the limit. */
function nestingExceeds(html: string, limit: number): boolean {
	let depth = 0;
	for (const match of html.matchAll(/<(\/?)([a-zA-Z][\w-]*)[^>]*>/gu)) {
		const name = (match[2] ?? '').toLowerCase();
		if (voidOrSelfClosing.has(name) || match[0].endsWith('/>')) continue;
		depth = match[1] ? Math.max(0, depth - 1) : depth + 1;
		if (depth > limit) return true;
	}
	return false;
}

function tagsRemoved(html: string): string {
	return html
		.replace(/<(script|style|template)\b[^>]*>[\s\S]*?<\/\1\s*>/giu, '')
		.replace(/<[^>]*>/gu, '\n')
		.replace(/&nbsp;/gu, ' ')
		.replace(/&amp;/gu, '&');
}

/** "Spiced Pear Jam | The Kitchen Blog" → "Spiced Pear Jam" when the page is The Kitchen Blog. */
function withoutSiteSuffix(title: string | null, outlet: string | null): string | null {
	if (!title || !outlet) return title;
	const suffix = title.length - outlet.length;
	const separator = title.slice(0, suffix).match(/\s+[|–—-]\s*$/u);
	return separator && title.slice(suffix).toLowerCase() === outlet.toLowerCase() ? title.slice(0, suffix - separator[0].length) : title;
}

/** The page's whole text, block by block, for when Readability finds no article. */
function pageText(document: ParsedDocument): string {
	return domParagraphs(document as unknown as DomRoot)
		.map(paragraph => paragraph.text)
		.join('\n\n');
}

/** A web page: Readability finds the article; the head says what it is called, who wrote it and when. */
export function extractHtmlArticle(html: string): Article {
	// A page nested thousands deep is not a real page: it is read as text.
	if (nestingExceeds(html, maxWrittenDepth)) return extractTextArticle(tagsRemoved(html));
	const document = parseDocument(html);
	const metadata = htmlMetadata(document as unknown as Parameters<typeof htmlMetadata>[0]);
	const shape = domShape(document.documentElement as unknown as DomRoot);
	const readabilityRan = shape.depth <= maxDepth && shape.elements <= maxElements;
	const readable = readabilityRan ? readableContent(document) : null;
	const siteName = metadata.outlet ?? readable?.outlet ?? null;
	const outlet = siteName ? cleanOutlet(siteName) : null;
	const title = withoutSiteSuffix(metadata.title ?? readable?.title ?? null, outlet);
	const cleaned = readable ? cleanHtmlParagraphs(readable.content, title) : [];
	// When cleaning leaves nothing (a one-line page), Readability's text stands.
	const paragraphs = cleaned.length > 0 ? cleaned : (readable?.content.map(paragraph => paragraph.text) ?? []);
	const body = paragraphs.join('\n\n');
	// Readability rewrites the document it reads, so then the page is parsed afresh.
	const fromText = body.length === 0 ? extractTextArticle(pageText(readabilityRan ? parseDocument(html) : document)) : null;
	const pageByline = metadata.byline ?? readable?.byline ?? null;
	return {
		title: title ?? fromText?.title ?? null,
		outlet: outlet ?? fromText?.outlet ?? null,
		byline: pageByline ? cleanByline(pageByline) : (fromText?.byline ?? null),
		published: metadata.published ?? readable?.published ?? metadata.modified ?? fromText?.published ?? null,
		body: fromText?.body ?? body,
	};
}
