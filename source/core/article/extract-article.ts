import {stripControl, toSingleLine} from '../text/sanitize.js';
import type {Article, ArticleFormat} from './article.js';
import {extractHtmlArticle} from './html-article.js';
import {extractMarkdownArticle} from './markdown-article.js';
import {extractTextArticle} from './text-article.js';

const extractors: Record<ArticleFormat, (text: string) => Article> = {
	text: extractTextArticle,
	html: extractHtmlArticle,
	markdown: extractMarkdownArticle,
};

/**
 * The article in a page, as text, HTML or Markdown: its body without page
 * furniture, and its title, outlet, byline and publication day when the page
 * gives them. Never throws; control characters and terminal escape sequences
 * never reach any field.
 */
export function extractArticle(input: string, format: ArticleFormat): Article {
	const text = stripControl(String(input).replace(/\r\n?/gu, '\n'));
	let article: Article;
	try {
		article = extractors[format](text);
	} catch {
		// A page that trips the HTML parser or Readability is still read as text.
		try {
			article = extractTextArticle(text);
		} catch {
			article = {title: null, outlet: null, byline: null, published: null, body: ''};
		}
	}
	return sanitized(article);
}

/** HTML entities and JSON strings can spell out control characters the input did not contain. */
function sanitized(article: Article): Article {
	const line = (value: string | null): string | null => {
		const cleaned = value === null ? '' : toSingleLine(value);
		return cleaned.length > 0 ? cleaned : null;
	};
	return {
		title: line(article.title),
		outlet: line(article.outlet),
		byline: line(article.byline),
		published: article.published,
		body: stripControl(article.body),
	};
}
