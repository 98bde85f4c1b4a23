import {collectReviews} from '../core/stats/collect-stats.js';
import {reviewLogCsv} from '../core/stats/review-log-csv.js';
import {plural} from '../core/text/plural.js';
import {outputProblem, writeOrPrint} from './generate/write-pack-file.js';
import type {CommandIo} from './io.js';
import {openStatsSources} from './stats-sources.js';

export type ExportLogOptions = {output: string | undefined; force: boolean; packFiles: readonly string[]};

/**
 * `factdrill export-log --csv [-o file [--force]]`: every pack's review log
 * as one CSV in the columns the FSRS optimizer reads, on stdout or in the file.
 */
export async function runExportLog(io: CommandIo, options: ExportLogOptions): Promise<number> {
	if (options.output !== undefined) {
		const problem = await outputProblem(options.output, io.cwd, options.force);
		if (problem) {
			io.stderr(`factdrill: ${problem}\n`);
			return 1;
		}
	}
	const {packs, store} = await openStatsSources(io, options.packFiles);
	const reviews = await collectReviews(packs.map(pack => pack.id), store);
	const problem = await writeOrPrint(io, reviewLogCsv(reviews), options.output, options.force);
	if (problem) {
		io.stderr(`factdrill: ${problem}\n`);
		return 1;
	}
	if (options.output !== undefined) io.stderr(`factdrill: wrote ${plural(reviews.length, 'review')} from ${plural(packs.length, 'pack')} to ${options.output}\n`);
	return 0;
}
