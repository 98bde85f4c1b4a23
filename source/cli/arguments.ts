import {parseArgs} from 'node:util';
import type {ArticleFormat} from '../core/article/article.js';

/** What the command line asked for, before anything is loaded. */
export type Command =
	| {name: 'help'}
	| {name: 'version'}
	| {name: 'home'; seed: number | undefined}
	| {name: 'study'; pack: string | undefined; seed: number | undefined}
	| {name: 'packs'; json: boolean}
	| {name: 'lint'; files: string[]; json: boolean}
	| {name: 'extract'; inputs: string[]; output: 'report' | 'json' | 'yaml'; format: ArticleFormat | undefined}
	| GenerateCommand;

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

export class UsageError extends Error {}

const commandNames = ['study', 'packs', 'lint', 'extract', 'generate'] as const;
const articleFormats = ['text', 'html', 'markdown'] as const;

export function parseCommand(argv: readonly string[]): Command {
	let parsed;
	try {
		parsed = parseArgs({
			args: [...argv],
			allowPositionals: true,
			strict: true,
			options: {
				help: {type: 'boolean', short: 'h'},
				version: {type: 'boolean', short: 'v'},
				json: {type: 'boolean'},
				yaml: {type: 'boolean'},
				format: {type: 'string'},
				seed: {type: 'string'},
				output: {type: 'string', short: 'o'},
				review: {type: 'boolean'},
				options: {type: 'string'},
				force: {type: 'boolean'},
			},
		});
	} catch (error) {
		throw new UsageError(error instanceof Error ? error.message.replace(/\. To specify.*$/s, '') : String(error));
	}
	const {values, positionals} = parsed;
	if (values.help) return {name: 'help'};
	if (values.version) return {name: 'version'};
	const [name, ...rest] = positionals;
	const seed = values.seed === undefined ? undefined : parseSeed(values.seed);
	if (name !== 'generate') rejectGenerateOptions(name ?? 'the home screen', values);
	if (name === undefined) return {name: 'home', seed};
	if (name === 'help') return {name: 'help'};
	if (!(commandNames as readonly string[]).includes(name)) {
		throw new UsageError(`unknown command "${name}" (expected one of: ${commandNames.join(', ')})`);
	}
	switch (name) {
		case 'study':
			if (rest.length > 1) throw new UsageError('study takes one pack (an id or a .yaml file)');
			return {name: 'study', pack: rest[0], seed};
		case 'extract':
			return parseExtract(rest, values);
		case 'generate':
			return parseGenerate(rest, values, seed);
		case 'packs':
			if (rest.length > 0) throw new UsageError(`packs takes no arguments, got "${rest.join(' ')}"`);
			return {name: 'packs', json: values.json ?? false};
		default:
			if (rest.length === 0) throw new UsageError('lint needs at least one file or folder, e.g. factdrill lint questions/');
			return {name: 'lint', files: rest, json: values.json ?? false};
	}
}

function parseSeed(text: string): number {
	if (!/^\d{1,9}$/.test(text)) throw new UsageError(`--seed takes a whole number, got "${text}"`);
	return Number(text);
}

function parseExtract(inputs: string[], values: {json?: boolean; yaml?: boolean; format?: string}): Command {
	if (inputs.length === 0) throw new UsageError('extract needs at least one article: a file, - for standard input, or an http(s) URL');
	if (values.json && values.yaml) throw new UsageError('choose one of --json and --yaml');
	return {
		name: 'extract',
		inputs,
		output: values.json ? 'json' : values.yaml ? 'yaml' : 'report',
		format: parseFormat(values.format),
	};
}

type GenerateValues = {output?: string; review?: boolean; options?: string; force?: boolean; format?: string};

function rejectGenerateOptions(command: string, values: GenerateValues): void {
	const given = (['output', 'review', 'options', 'force'] as const).filter(key => values[key] !== undefined);
	if (given.length > 0) throw new UsageError(`--${given[0]} is an option of generate, not of ${command}`);
}

function parseGenerate(inputs: string[], values: GenerateValues, seed: number | undefined): GenerateCommand {
	if (inputs.length === 0) {
		throw new UsageError('generate needs at least one input: an article (a file, - for standard input, an http(s) URL) or a facts .yaml from factdrill extract --yaml');
	}
	const stdinCount = inputs.filter(input => input === '-').length;
	if (stdinCount > 1) throw new UsageError('standard input (-) can be read only once');
	if (stdinCount > 0 && values.review) {
		throw new UsageError('--review reads your choices from the terminal, so the input cannot come from standard input (-): save it to a file first');
	}
	if (values.output !== undefined && values.output.trim() === '') throw new UsageError('-o/--output needs a file name, e.g. -o questions/my-pack.yaml');
	if (values.output === '-') throw new UsageError('to print the pack on standard output, leave out -o');
	if (values.force && values.output === undefined) throw new UsageError('--force only makes sense with -o/--output (it allows replacing that file)');
	return {
		name: 'generate',
		inputs,
		output: values.output,
		review: values.review ?? false,
		seed,
		optionCount: values.options === undefined ? 4 : parseOptionCount(values.options),
		force: values.force ?? false,
		format: parseFormat(values.format),
	};
}

function parseOptionCount(text: string): number {
	const count = /^\d{1,2}$/.test(text) ? Number(text) : Number.NaN;
	if (!(count >= 2 && count <= 6)) throw new UsageError(`--options takes a whole number from 2 to 6 (options per choice question), got "${text}"`);
	return count;
}

function parseFormat(format: string | undefined): ArticleFormat | undefined {
	if (format !== undefined && !(articleFormats as readonly string[]).includes(format)) {
		throw new UsageError(`--format takes ${articleFormats.join(', ')}; got "${format}"`);
	}
	return format as ArticleFormat | undefined;
}
