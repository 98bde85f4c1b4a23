import type {Article} from '../article/article.js';
import {extractDates} from './dates.js';
import type {ArticleFacts} from './facts.js';
import {extractQuotesAndPeople} from './quotes.js';
import {extractTreaties} from './treaties.js';

/** Every fact a student could be quizzed on, from an article's body and publication date. */
export function extractFacts(article: Pick<Article, 'body' | 'published'>): ArticleFacts {
	const {quotes, people} = extractQuotesAndPeople(article.body);
	return {
		quotes,
		dates: extractDates(article.body, article.published),
		treaties: extractTreaties(article.body),
		people,
	};
}
