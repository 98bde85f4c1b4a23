import path from 'node:path';
import {slug} from '../../core/facts/facts-document.js';
import {formatDiagnostic} from '../../core/pack/diagnostic.js';
import type {ImportFormat, ImportProblem, Importer} from '../../core/pack/formats/types.js';
import {checkPack} from '../../core/pack/lint-rules.js';
import {packFormat, type Pack, type Question} from '../../core/pack/schema.js';
import {packToYaml} from '../../core/pack/write-pack.js';
import {toSingleLine} from '../../core/text/sanitize.js';
import {readInput, type ReadOptions} from '../extract/read-input.js';
import {plural} from '../../core/text/plural.js';
import {outputProblem, writeOrPrint} from '../generate/write-pack-file.js';
import type {CommandIo} from '../io.js';
import {chooseImporter} from './formats.js';
import {claimId} from '../../core/pack/unique-id.js';

export type ImportOptions = {
	format: ImportFormat | undefined;
	output: string | undefined;
	force: boolean;
	seed: number | undefined;
	readStdin: ReadOptions['readStdin'];
};

/** Question banks are text; anything bigger is a mistake. */
const maxImportBytes = 5 * 1024 * 1024;

/**
 * `factdrill import <file…>`: GIFT, Aiken or CSV files into one pack. A bad
 * question is reported with its file and line and left out; the good ones
 * are still written (exit 1 tells a script something was left out).
 */
export async function runImport(files: readonly string[], io: CommandIo, options: ImportOptions): Promise<number> {
	const fail = (message: string) => {
		io.stderr(`factdrill: ${message}\n`);
		return 1;
	};
	if (options.output !== undefined) {
		const problem = await outputProblem(options.output, io.cwd, options.force);
		if (problem) return fail(problem);
	}
	const questions: Question[] = [];
	const tags = new Set<string>();
	let failed = 0;
	for (const file of files) {
		const read = await readInput(file, {cwd: io.cwd, readStdin: options.readStdin, maxBytes: maxImportBytes, format: 'text'});
		if ('problem' in read) {
			failed++;
			io.stderr(`factdrill: ${toSingleLine(read.name)}: ${read.problem}\n`);
			continue;
		}
		const importer: Importer | string = chooseImporter(file, read.text, options.format);
		if (typeof importer === 'string') {
			failed++;
			io.stderr(`factdrill: ${toSingleLine(file)}: ${importer}\n`);
			continue;
		}
		const result = importer.parse(read.text, {seed: options.seed ?? 1, file});
		for (const problem of result.problems) io.stderr(`${describe(file, problem)}\n`);
		if (result.problems.some(problem => problem.severity === 'error')) failed++;
		questions.push(...uniqueIds(result.questions, questions));
		for (const tag of result.tags) tags.add(tag);
	}
	if (questions.length === 0) return fail(`no question could be imported from ${plural(files.length, 'file')}; nothing written`);

	const pack = packOf(questions, [...tags], files, options.output);
	const text = packToYaml(pack, `Imported by factdrill from ${files.join(', ')}.\nCheck it with: factdrill lint ${options.output ?? '<this file>'}`);
	const errors = checkPack(text, options.output ?? 'imported pack').diagnostics.filter(diagnostic => diagnostic.severity === 'error');
	if (errors.length > 0) {
		return fail(`internal error: the imported pack fails its own checks, so nothing was written (please report this):\n${errors.map(formatDiagnostic).join('\n')}`);
	}
	const summary = `${plural(questions.length, 'question')} (${countByType(questions)}) from ${plural(files.length, 'file')}`;
	const leftOut = failed > 0 ? '; some were left out (see above)' : '';
	const problem = await writeOrPrint(io, text, options.output, options.force);
	if (problem) return fail(problem);
	io.stderr(`factdrill: imported ${summary}${options.output === undefined ? '' : ` to ${options.output}`}${leftOut}\n`);
	return failed > 0 ? 1 : 0;
}

function describe(file: string, problem: ImportProblem): string {
	return `${file}:${problem.line}:${problem.column ?? 1}: ${problem.severity}: ${toSingleLine(problem.message)}`;
}

/** Ids stay unique across files: a clash gets "-2", "-3"… */
function uniqueIds(incoming: readonly Question[], existing: readonly Question[]): Question[] {
	const taken = new Set(existing.map(question => question.id));
	return incoming.map(question => {
		const id = claimId(question.id, taken);
		return id === question.id ? question : {...question, id};
	});
}

function packOf(questions: Question[], tags: string[], files: readonly string[], output: string | undefined): Pack {
	const named = output ?? files[0]!;
	const stem = path.basename(named).replace(/\.[^.]+$/, '');
	const title = stem.replace(/[-_]+/g, ' ').replace(/^\p{Ll}/u, letter => letter.toUpperCase());
	return {
		format: packFormat,
		id: slug(stem).slice(0, 80) || 'imported',
		title: title || 'Imported questions',
		language: 'en',
		version: '1.0.0',
		tags: tags.map(tag => tag.trim()).filter(Boolean),
		sources: [],
		facts: [],
		questions,
	};
}

function countByType(questions: readonly Question[]): string {
	const counts = new Map<string, number>();
	for (const question of questions) counts.set(question.type, (counts.get(question.type) ?? 0) + 1);
	return [...counts].map(([type, count]) => `${type} ${count}`).join(', ');
}
