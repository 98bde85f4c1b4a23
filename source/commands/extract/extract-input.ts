import {extractArticle} from '../../core/article/extract-article.js';
import {extractFacts} from '../../core/facts/extract-facts.js';
import type {ExtractedArticle} from '../../core/facts/facts-document.js';
import {readInput, type InputProblem, type ReadOptions} from './read-input.js';

export type ExtractedInput = ExtractedArticle & {name: string};

/**
 * Reads one input (file, "-", URL) and extracts its article and facts. Never
 * throws: an unreadable input or a page with no article text is a problem
 * naming the input, for the caller to report. `onRead` runs between reading
 * and extracting, so a screen can say which step is under way.
 */
export async function extractInput(spec: string, options: ReadOptions, onRead?: () => Promise<void>): Promise<ExtractedInput | InputProblem> {
	const read = await readInput(spec, options);
	if ('problem' in read) return read;
	await onRead?.();
	const article = extractArticle(read.text, read.format);
	if (article.body.trim() === '') return {name: read.name, problem: 'no article text found'};
	return {name: read.name, article, facts: extractFacts(article), url: read.url};
}
