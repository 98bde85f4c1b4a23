import {extractArticle} from '../../core/article/extract-article.js';
import {extractFacts} from '../../core/facts/extract-facts.js';
import type {ExtractedArticle} from '../../core/facts/facts-document.js';
import {readInput, type InputProblem, type ReadOptions} from './read-input.js';

export type ExtractedInput = ExtractedArticle & {name: string};

/**
 * Reads one input (file, "-", URL) and extracts its article and facts. Never
 * throws: an unreadable input or a page with no article text is a problem
 * naming the input, for the caller to report.
 */
export async function extractInput(spec: string, options: ReadOptions): Promise<ExtractedInput | InputProblem> {
	const read = await readInput(spec, options);
	if ('problem' in read) return read;
	const article = extractArticle(read.text, read.format);
	if (article.body.trim() === '') return {name: read.name, problem: 'no article text found'};
	return {name: read.name, article, facts: extractFacts(article), url: read.url};
}
