import {dayOfTimestamp} from './published-date.js';

/** What a page says about itself in its head: Open Graph and article meta tags, JSON-LD, <time>. */
export type PageMetadata = {
	title: string | null;
	outlet: string | null;
	byline: string | null;
	published: string | null;
	modified: string | null;
};

type QueryableDocument = {
	querySelector(selector: string): {getAttribute(name: string): string | null; textContent: string | null} | null;
	querySelectorAll(selector: string): ArrayLike<{getAttribute(name: string): string | null; textContent: string | null}>;
};

type JsonObject = Record<string, unknown>;

type MetaTags = Map<string, string>;

/** The page's <meta> tags by property, name or itemprop (lower-cased), first one winning: one pass over the page. */
function metaTags(document: QueryableDocument): MetaTags {
	const tags: MetaTags = new Map();
	const elements = document.querySelectorAll('meta[content]');
	for (let index = 0; index < elements.length; index++) {
		const element = elements[index];
		const content = element?.getAttribute('content')?.trim();
		if (!element || !content) continue;
		for (const attribute of ['property', 'name', 'itemprop']) {
			const key = element.getAttribute(attribute)?.trim().toLowerCase();
			if (key && !tags.has(key)) tags.set(key, content);
		}
	}
	return tags;
}

function meta(tags: MetaTags, ...keys: string[]): string | null {
	for (const key of keys) {
		const value = tags.get(key.toLowerCase());
		if (value) return value;
	}
	return null;
}

function isArticleType(type: unknown): boolean {
	const types = Array.isArray(type) ? type : [type];
	return types.some(value => typeof value === 'string' && /(?:Article|BlogPosting|Report|Posting)$/u.test(value));
}

/** Every object in the page's JSON-LD blocks, @graph members and nested arrays included. */
function jsonLdObjects(document: QueryableDocument): JsonObject[] {
	const objects: JsonObject[] = [];
	const scripts = document.querySelectorAll('script[type="application/ld+json"]');
	for (let index = 0; index < scripts.length; index++) {
		let parsed: unknown;
		try {
			parsed = JSON.parse(scripts[index]?.textContent ?? '');
		} catch {
			continue;
		}
		const pending: unknown[] = [parsed];
		while (pending.length > 0 && objects.length < 200) {
			const value = pending.pop();
			if (Array.isArray(value)) pending.push(...value);
			else if (value && typeof value === 'object') {
				objects.push(value as JsonObject);
				const graph = (value as JsonObject)['@graph'];
				if (graph) pending.push(graph);
			}
		}
	}
	return objects;
}

function text(value: unknown): string | null {
	return typeof value === 'string' && value.trim().length > 0 ? value.trim() : null;
}

/** "Jane Doe", {name: "Jane Doe"}, or a list of either. */
function names(value: unknown): string | null {
	const list = (Array.isArray(value) ? value : [value])
		.map(item => (item && typeof item === 'object' ? text((item as JsonObject)['name']) : text(item)))
		.filter((name): name is string => name !== null && !/^https?:/u.test(name));
	return list.length > 0 ? [...new Set(list)].join(' and ') : null;
}

export function htmlMetadata(document: QueryableDocument): PageMetadata {
	const tags = metaTags(document);
	const article = jsonLdObjects(document).find(object => isArticleType(object['@type'])) ?? {};
	const publisher = article['publisher'];
	const authorMeta = meta(tags, 'author', 'article:author', 'byl', 'parsely-author', 'sailthru.author');
	const timeElement = document.querySelector('time[datetime]')?.getAttribute('datetime') ?? null;
	const published =
		meta(tags, 'article:published_time', 'og:published_time', 'datePublished', 'pubdate', 'publishdate', 'date', 'dc.date', 'DC.date.issued', 'parsely-pub-date', 'sailthru.date') ??
		text(article['datePublished']) ??
		timeElement;
	const modified = meta(tags, 'article:modified_time', 'og:updated_time', 'dateModified') ?? text(article['dateModified']);
	return {
		title: meta(tags, 'og:title', 'twitter:title') ?? text(article['headline']),
		outlet: meta(tags, 'og:site_name', 'application-name') ?? names(publisher),
		byline: names(article['author']) ?? (authorMeta && !/^https?:/u.test(authorMeta) ? authorMeta : null),
		published: published ? dayOfTimestamp(published) : null,
		modified: modified ? dayOfTimestamp(modified) : null,
	};
}
