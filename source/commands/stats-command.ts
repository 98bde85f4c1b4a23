import {collectStats} from '../core/stats/collect-stats.js';
import {formatStatsReport} from '../core/stats/stats-report.js';
import type {CommandIo} from './io.js';
import {openStatsSources} from './stats-sources.js';

export type StatsCommandOptions = {
	json: boolean;
	packFiles: readonly string[];
	/** The clock; default the real one. */
	now?: () => number;
	/** Width of the report; default the terminal's, else 80. */
	columns?: number;
};

/** `factdrill stats [--json]`: the learner's stats as a report with charts, or as the Stats JSON. */
export async function runStatsCommand(io: CommandIo, options: StatsCommandOptions): Promise<number> {
	const {packs, store, exams, settings} = await openStatsSources(io, options.packFiles);
	const now = options.now?.() ?? Date.now();
	const stats = await collectStats({packs, store, exams, settings, now});
	if (options.json) io.stdout(`${JSON.stringify(stats, null, 2)}\n`);
	else io.stdout(formatStatsReport(stats, Math.max(40, options.columns ?? process.stdout.columns ?? 80)));
	return 0;
}
