import {formatDiagnostic} from '../../core/pack/diagnostic.js';
import {toFactsDocument} from '../../core/facts/facts-document.js';
import type {FactsDocument, Source} from '../../core/pack/schema.js';
import {stripControl} from '../../core/text/sanitize.js';
import {extractInput} from '../extract/extract-input.js';
import {readInput, type ReadOptions} from '../extract/read-input.js';
import {mergeFactsDocuments} from './merge-facts.js';
import {looksLikeFactdrillYaml, parseFacts} from './parse-facts.js';

/** One input that was read, with the sources it brought (ids as in the merged document). */
export type CollectedInput = {
	/** As given on the command line ("-" for standard input). */
	spec: string;
	/** As named in messages ("stdin" for standard input). */
	name: string;
	kind: 'article' | 'facts';
	sources: Source[];
};

export type CollectedFacts = {document: FactsDocument; inputs: CollectedInput[]; failed: number};

/**
 * Reads every input — articles (files, "-", URLs) and facts documents — and
 * merges their facts into one document. Never throws: a bad input is
 * reported through `report` (one line naming it, or file:line:col lines for
 * a facts document) and the others are still read.
 */
export async function collectFacts(specs: readonly string[], options: ReadOptions, report: (line: string) => void): Promise<CollectedFacts> {
	const documents: FactsDocument[] = [];
	const names: Array<Omit<CollectedInput, 'sources'>> = [];
	let failed = 0;
	for (const spec of specs) {
		const result = await collectOne(spec, options);
		if ('problems' in result) {
			for (const problem of result.problems) report(problem);
			failed++;
			continue;
		}
		for (const warning of result.warnings) report(warning);
		documents.push(result.document);
		names.push({spec, name: result.name, kind: result.kind});
	}
	const document = mergeFactsDocuments(documents);
	// The merge keeps every document's sources in order, so they can be handed back by count.
	let next = 0;
	const inputs = names.map((input, index) => {
		const count = documents[index]?.sources.length ?? 0;
		const sources = document.sources.slice(next, next + count);
		next += count;
		return {...input, sources};
	});
	return {document, inputs, failed};
}

type Collected = {name: string; kind: CollectedInput['kind']; document: FactsDocument; warnings: string[]} | {problems: string[]};

async function collectOne(spec: string, options: ReadOptions): Promise<Collected> {
	if (/^https?:\/\//i.test(spec)) return fromArticle(spec, options);
	// Standard input can be read once: keep what was read for the article path.
	let stdin: Promise<Uint8Array> | undefined;
	const readStdin = () => (stdin ??= options.readStdin());
	const read = await readInput(spec, {...options, readStdin});
	if ('problem' in read) return {problems: [problemLine(read.name, read.problem)]};
	const isYamlFile = spec !== '-' && /\.ya?ml$/i.test(spec);
	if (!isYamlFile && !looksLikeFactdrillYaml(read.text)) return fromArticle(spec, {...options, readStdin});
	const name = spec === '-' ? 'stdin' : spec;
	const {document, diagnostics} = parseFacts(read.text, name);
	const lines = diagnostics.map(diagnostic => stripControl(formatDiagnostic(diagnostic)));
	if (!document) return {problems: lines};
	return {name, kind: 'facts', document, warnings: lines};
}

async function fromArticle(spec: string, options: ReadOptions): Promise<Collected> {
	const entry = await extractInput(spec, options);
	if ('problem' in entry) return {problems: [problemLine(entry.name, entry.problem)]};
	return {name: entry.name, kind: 'article', document: toFactsDocument([entry]), warnings: []};
}

function problemLine(name: string, problem: string): string {
	return `factdrill: ${stripControl(name)}: ${problem}`;
}

