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
	| {name: 'extract'; inputs: string[]; output: 'report' | 'json' | 'yaml'; format: ArticleFormat | undefined};

export class UsageError extends Error {}

const commandNames = ['study', 'packs', 'lint', 'extract'] as const;
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
	const format = values.format;
	if (format !== undefined && !(articleFormats as readonly string[]).includes(format)) {
		throw new UsageError(`--format takes ${articleFormats.join(', ')}; got "${format}"`);
	}
	return {
		name: 'extract',
		inputs,
		output: values.json ? 'json' : values.yaml ? 'yaml' : 'report',
		format: format as ArticleFormat | undefined,
	};
}
