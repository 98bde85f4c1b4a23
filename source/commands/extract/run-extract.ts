import {stringify} from 'yaml';
import type {ArticleFormat} from '../../core/article/article.js';
import {toFactsDocument} from '../../core/facts/facts-document.js';
import {stripControl} from '../../core/text/sanitize.js';
import type {CommandIo} from '../io.js';
import {formatReport} from './format-report.js';
import {extractInput, type ExtractedInput} from './extract-input.js';
import type {ReadOptions} from './read-input.js';

export type ExtractOutput = 'report' | 'json' | 'yaml';

export type ExtractOptions = {
	output: ExtractOutput;
	format?: ArticleFormat;
	readStdin: ReadOptions['readStdin'];
	timeoutMs?: number;
	maxBytes?: number;
};

/**
 * `factdrill extract <input…>`: each input read and extracted on its own, so
 * one bad input is reported on stderr (one line, naming it) while the others
 * still come out. Exit 1 if any input failed.
 */
export async function runExtract(inputs: readonly string[], io: CommandIo, options: ExtractOptions): Promise<number> {
	const done: ExtractedInput[] = [];
	let failed = 0;
	for (const input of inputs) {
		const entry = await extractInput(input, {cwd: io.cwd, readStdin: options.readStdin, format: options.format, timeoutMs: options.timeoutMs, maxBytes: options.maxBytes});
		if ('problem' in entry) {
			io.stderr(`factdrill: ${stripControl(entry.name)}: ${entry.problem}\n`);
			failed++;
			continue;
		}
		done.push(entry);
		if (options.output === 'report') io.stdout(`${done.length > 1 ? '\n' : ''}${formatReport(entry.name, entry.article, entry.facts)}`);
	}
	if (options.output === 'json') {
		const objects = done.map(({name, article, facts, url}) => ({input: name, url, ...article, ...facts}));
		io.stdout(`${JSON.stringify(inputs.length === 1 ? (objects[0] ?? null) : objects, null, 2)}\n`);
	}
	if (options.output === 'yaml' && done.length > 0) {
		io.stdout(`# Facts extracted by factdrill: check them, correct them, then generate questions.\n${stringify(toFactsDocument(done), {lineWidth: 0})}`);
	}
	return failed > 0 ? 1 : 0;
}
