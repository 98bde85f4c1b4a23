import {parseArgs} from 'node:util';
import type {ArticleFormat} from '../core/article/article.js';
import type {ExportFormat, ImportFormat} from '../core/pack/formats/types.js';
import {parseExam, type ExamCommand} from './parse-exam.js';
import {parseGenerate, type GenerateCommand} from './parse-generate.js';
import {choiceOf, parseSeed, UsageError} from './usage.js';

export {UsageError} from './usage.js';
export type {GenerateCommand} from './parse-generate.js';
export type {ExamCommand} from './parse-exam.js';

/** What the command line asked for, before anything is loaded. */
export type Command =
	| {name: 'help'}
	| {name: 'version'}
	| {name: 'home'; seed: number | undefined; packFiles: string[]}
	| {name: 'study'; pack: string | undefined; seed: number | undefined; packFiles: string[]}
	| {name: 'packs'; json: boolean; packFiles: string[]}
	| {name: 'lint'; files: string[]; json: boolean; fix: boolean; strict: boolean}
	| {name: 'extract'; inputs: string[]; output: 'report' | 'json' | 'yaml'; format: ArticleFormat | undefined}
	| GenerateCommand
	| ExamCommand
	| {name: 'import'; files: string[]; format: ImportFormat | undefined; output: string | undefined; force: boolean; seed: number | undefined}
	| {name: 'export'; pack: string; format: ExportFormat | undefined; output: string | undefined; force: boolean; packFiles: string[]}
	| {name: 'new'; output: string | undefined}
	| {name: 'add'; pack: string}
	| {name: 'settings'; setting: string | undefined; value: string | undefined; packId: string | undefined; json: boolean}
	| {name: 'stats'; json: boolean; packFiles: string[]}
	| {name: 'export-log'; format: 'csv'; output: string | undefined; force: boolean; packFiles: string[]};

const options = {
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
	fix: {type: 'boolean'},
	strict: {type: 'boolean'},
	csv: {type: 'boolean'},
	pack: {type: 'string', multiple: true},
	count: {type: 'string'},
	time: {type: 'string'},
	pass: {type: 'string'},
	tags: {type: 'string', multiple: true},
	'count-for-review': {type: 'boolean'},
	for: {type: 'string'},
} as const;

type OptionName = keyof typeof options;

/** The options each command takes; anything else is a usage error that names the command it belongs to. */
const accepted: Record<string, readonly OptionName[]> = {
	home: ['seed', 'pack'],
	study: ['seed', 'pack'],
	packs: ['json', 'pack'],
	lint: ['json', 'fix', 'strict'],
	extract: ['json', 'yaml', 'format'],
	generate: ['format', 'seed', 'output', 'review', 'options', 'force'],
	import: ['format', 'seed', 'output', 'force'],
	export: ['format', 'output', 'force', 'pack'],
	new: ['output'],
	add: [],
	exam: ['count', 'time', 'pass', 'tags', 'seed', 'count-for-review', 'json', 'pack'],
	settings: ['json', 'for'],
	stats: ['json', 'pack'],
	'export-log': ['csv', 'output', 'force', 'pack'],
};

const commandNames = ['study', 'packs', 'lint', 'extract', 'generate', 'import', 'export', 'new', 'add', 'exam', 'stats', 'export-log', 'settings'] as const;
const importFormats = ['gift', 'aiken', 'csv'] as const;
const exportFormats = ['gift', 'aiken', 'anki', 'csv', 'md'] as const;

export function parseCommand(argv: readonly string[]): Command {
	let parsed;
	try {
		parsed = parseArgs({args: [...argv], allowPositionals: true, strict: true, options});
	} catch (error) {
		throw new UsageError(error instanceof Error ? error.message.replace(/\. To specify.*$/s, '') : String(error));
	}
	const {values, positionals} = parsed;
	if (values.help) return {name: 'help'};
	if (values.version) return {name: 'version'};
	const [name, ...rest] = positionals;
	if (name === 'help') return {name: 'help'};
	if (name !== undefined && !(commandNames as readonly string[]).includes(name)) {
		throw new UsageError(`unknown command "${name}" (expected one of: ${commandNames.join(', ')})`);
	}
	rejectForeignOptions(name ?? 'home', values);
	const seed = values.seed === undefined ? undefined : parseSeed(values.seed);
	const packFiles = values.pack ?? [];
	const output = outputFile(values.output, values.force);
	switch (name) {
		case undefined:
			return {name: 'home', seed, packFiles};
		case 'study':
			if (rest.length > 1) throw new UsageError('study takes one pack (an id or a .yaml file)');
			return {name: 'study', pack: rest[0], seed, packFiles};
		case 'extract':
			return parseExtract(rest, values);
		case 'generate':
			return parseGenerate(rest, values, seed);
		case 'packs':
			if (rest.length > 0) throw new UsageError(`packs takes no arguments, got "${rest.join(' ')}"`);
			return {name: 'packs', json: values.json ?? false, packFiles};
		case 'import':
			if (rest.length === 0) throw new UsageError('import needs at least one file, e.g. factdrill import quiz.gift -o questions/quiz.yaml');
			return {name: 'import', files: rest, format: choiceOf('--format', values.format, importFormats), output, force: values.force ?? false, seed};
		case 'export':
			if (rest.length !== 1) throw new UsageError('export takes one pack (an id or a .yaml file), e.g. factdrill export kuril-islands --format gift');
			return {name: 'export', pack: rest[0]!, format: choiceOf('--format', values.format, exportFormats), output, force: values.force ?? false, packFiles};
		case 'new':
			if (rest.length > 0) throw new UsageError(`new takes no arguments (choose the file with -o), got "${rest.join(' ')}"`);
			return {name: 'new', output};
		case 'settings':
			return parseSettings(rest, values);
		case 'exam':
			return parseExam(rest, values, seed, packFiles);
		case 'add':
			if (rest.length !== 1) throw new UsageError('add takes one pack (an id or a .yaml file), e.g. factdrill add questions/my-pack.yaml');
			return {name: 'add', pack: rest[0]!};
		case 'stats':
			if (rest.length > 0) throw new UsageError(`stats takes no arguments (add packs with --pack), got "${rest.join(' ')}"`);
			return {name: 'stats', json: values.json ?? false, packFiles};
		case 'export-log':
			if (rest.length > 0) throw new UsageError(`export-log takes no arguments, got "${rest.join(' ')}"`);
			if (!values.csv) throw new UsageError('export-log needs --csv (the one format it writes for now), e.g. factdrill export-log --csv -o reviews.csv');
			return {name: 'export-log', format: 'csv', output, force: values.force ?? false, packFiles};
		default:
			if (rest.length === 0) throw new UsageError('lint needs at least one file or folder, e.g. factdrill lint questions/');
			return {name: 'lint', files: rest, json: values.json ?? false, fix: values.fix ?? false, strict: values.strict ?? false};
	}
}

function rejectForeignOptions(command: string, values: Partial<Record<OptionName, unknown>>): void {
	const allowed = accepted[command] ?? [];
	for (const key of Object.keys(values) as OptionName[]) {
		if (values[key] === undefined || allowed.includes(key) || key === 'help' || key === 'version') continue;
		const owners = Object.entries(accepted).filter(([, keys]) => keys.includes(key)).map(([owner]) => owner);
		const where = command === 'home' ? 'the home screen' : command;
		throw new UsageError(`--${key} is an option of ${owners.join(', ')}, not of ${where}`);
	}
}

function outputFile(output: string | undefined, force: boolean | undefined): string | undefined {
	if (output !== undefined && output.trim() === '') throw new UsageError('-o/--output needs a file name, e.g. -o questions/my-pack.yaml');
	if (output === '-') throw new UsageError('to print on standard output, leave out -o');
	if (force && output === undefined) throw new UsageError('--force only makes sense with -o/--output (it allows replacing that file)');
	return output;
}

function parseExtract(inputs: string[], values: {json?: boolean; yaml?: boolean; format?: string}): Command {
	if (inputs.length === 0) throw new UsageError('extract needs at least one article: a file, - for standard input, or an http(s) URL');
	if (values.json && values.yaml) throw new UsageError('choose one of --json and --yaml');
	return {
		name: 'extract',
		inputs,
		output: values.json ? 'json' : values.yaml ? 'yaml' : 'report',
		format: choiceOf('--format', values.format, ['text', 'html', 'markdown'] as const),
	};
}

function parseSettings(rest: string[], values: {json?: boolean; for?: string}): Command {
	if (rest.length > 2) throw new UsageError(`settings takes a name and a value, e.g. factdrill settings new-per-day 30; got "${rest.join(' ')}"`);
	const [setting, value] = rest;
	if (setting === undefined && values.for !== undefined) throw new UsageError('--for names the pack a setting is for, e.g. factdrill settings new-per-day 30 --for kuril-islands');
	if (setting !== undefined && values.json) throw new UsageError('--json prints the settings; leave it out to change one');
	return {name: 'settings', setting, value, packId: values.for, json: values.json ?? false};
}
