import {formatDiagnostic} from '../../core/pack/diagnostic.js';
import type {ExportFormat} from '../../core/pack/formats/types.js';
import {toSingleLine} from '../../core/text/sanitize.js';
import {outputProblem, writeOrPrint} from '../generate/write-pack-file.js';
import {plural} from '../../core/text/plural.js';
import type {CommandIo} from '../io.js';
import {loadLibrary, resolvePack} from '../library.js';
import {exporterFor, formatFromFileName} from './formats.js';

export type ExportOptions = {format: ExportFormat | undefined; output: string | undefined; force: boolean; packFiles: readonly string[]};

/**
 * `factdrill export <pack> --format …`: the pack in another format, on stdout
 * or in the -o file. Questions the format cannot express are listed on
 * stderr, by id, with the reason.
 */
export async function runExport(wanted: string, io: CommandIo, options: ExportOptions): Promise<number> {
	const fail = (message: string, code = 1) => {
		io.stderr(`factdrill: ${message}\n`);
		return code;
	};
	const format = options.format ?? (options.output === undefined ? undefined : formatFromFileName(options.output));
	if (!format) return fail('say which format with --format gift|aiken|anki|csv|md (or give -o a file ending in .gift, .csv or .md)', 2);
	if (options.output !== undefined) {
		const problem = await outputProblem(options.output, io.cwd, options.force);
		if (problem) return fail(problem);
	}
	const entries = await loadLibrary(io.env, options.packFiles);
	const entry = await resolvePack(entries, wanted, io.cwd);
	if (!entry) return fail(`no pack "${toSingleLine(wanted)}"; run factdrill packs to list them, or give a .yaml file`);
	if (entry.status !== 'ok') {
		io.stderr(`factdrill: ${entry.file} cannot be exported:\n`);
		for (const diagnostic of entry.diagnostics) io.stderr(`${formatDiagnostic(diagnostic)}\n`);
		return 1;
	}
	const {text, skipped} = exporterFor(format).write(entry.pack);
	for (const question of skipped) io.stderr(`factdrill: skipped ${question.id}: ${question.reason}\n`);
	const written = entry.pack.questions.length - skipped.length;
	if (written === 0) return fail(`${format} cannot express any question of this pack; nothing written`);
	const problem = await writeOrPrint(io, text, options.output, options.force);
	if (problem) return fail(problem);
	if (options.output !== undefined) {
		io.stderr(`factdrill: exported ${plural(written, 'question')} to ${options.output}${skipped.length > 0 ? `; ${plural(skipped.length, 'question')} skipped (see above)` : ''}\n`);
	}
	return 0;
}
