import type {ArticleFormat} from '../core/article/article.js';
import {choiceOf, UsageError} from './usage.js';

export type GenerateCommand = {
	name: 'generate';
	/** Articles (files, "-", http(s) URLs) and facts documents, in the order given. */
	inputs: string[];
	/** The pack file to write; undefined prints the pack on stdout. */
	output: string | undefined;
	review: boolean;
	seed: number | undefined;
	optionCount: number;
	force: boolean;
	format: ArticleFormat | undefined;
};

type GenerateValues = {output?: string; review?: boolean; options?: string; force?: boolean; format?: string};

export function parseGenerate(inputs: string[], values: GenerateValues, seed: number | undefined): GenerateCommand {
	if (inputs.length === 0) {
		throw new UsageError('generate needs at least one input: an article (a file, - for standard input, an http(s) URL) or a facts .yaml from factdrill extract --yaml');
	}
	const stdinCount = inputs.filter(input => input === '-').length;
	if (stdinCount > 1) throw new UsageError('standard input (-) can be read only once');
	if (stdinCount > 0 && values.review) {
		throw new UsageError('--review reads your choices from the terminal, so the input cannot come from standard input (-): save it to a file first');
	}
	return {
		name: 'generate',
		inputs,
		output: values.output,
		review: values.review ?? false,
		seed,
		optionCount: values.options === undefined ? 4 : parseOptionCount(values.options),
		force: values.force ?? false,
		format: choiceOf('--format', values.format, ['text', 'html', 'markdown'] as const),
	};
}

function parseOptionCount(text: string): number {
	const count = /^\d{1,2}$/.test(text) ? Number(text) : Number.NaN;
	if (!(count >= 2 && count <= 6)) throw new UsageError(`--options takes a whole number from 2 to 6 (options per choice question), got "${text}"`);
	return count;
}
