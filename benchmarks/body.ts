// Article-body benchmark: extractArticle on the pages of shared/bench/body,
// scored with the upstream metric (4-gram shingle P/R/F1, every page weighing
// the same) beside the stored peers, plus throughput on one core.
// Usage: node --import tsx benchmarks/body.ts <bench dir> [--worst N] [--only html|text] [--no-speed]
import {readFileSync, readdirSync} from 'node:fs';
import path from 'node:path';
import {performance} from 'node:perf_hooks';
import {extractArticle} from '../source/core/article/extract-article.js';
import type {ArticleFormat} from '../source/core/article/article.js';

type Bodies = Map<string, string>;
type Score = {f1: number; precision: number; recall: number; accuracy: number};
type PageScore = {id: string; precision: number; recall: number};

const directory = process.argv[2];
if (!directory) {
	console.error('usage: node --import tsx benchmarks/body.ts <bench dir> [--worst N]');
	process.exit(2);
}

const worstFlag = process.argv.indexOf('--worst');
const worst = worstFlag > 0 ? Number(process.argv[worstFlag + 1]) : 0;
const onlyFlag = process.argv.indexOf('--only');
const kinds = (onlyFlag > 0 ? [process.argv[onlyFlag + 1]] : ['html', 'text']) as Array<'html' | 'text'>;
const measureSpeed = !process.argv.includes('--no-speed');

function tokenize(text: string): string[] {
	return text.match(/[\p{L}\p{N}_]+/gu) ?? [];
}

function shingles(tokens: string[]): Map<string, number> {
	const counts = new Map<string, number>();
	if (tokens.length === 0) return counts;
	for (let index = 0; index < Math.max(1, tokens.length - 3); index++) {
		// U+0001 cannot occur inside a token, so the joined key is unambiguous.
		const key = tokens.slice(index, index + 4).join('\u0001');
		counts.set(key, (counts.get(key) ?? 0) + 1);
	}
	return counts;
}

function scorePage(truth: string, prediction: string): {tp: number; fp: number; fn: number} {
	const expected = shingles(tokenize(truth));
	const predicted = shingles(tokenize(prediction));
	let tp = 0;
	let fp = 0;
	let fn = 0;
	for (const [key, expectedCount] of expected) {
		const predictedCount = predicted.get(key) ?? 0;
		tp += Math.min(expectedCount, predictedCount);
		fn += Math.max(0, expectedCount - predictedCount);
	}
	for (const [key, predictedCount] of predicted) {
		fp += Math.max(0, predictedCount - (expected.get(key) ?? 0));
	}
	const sum = tp + fp + fn;
	return sum > 0 ? {tp: tp / sum, fp: fp / sum, fn: fn / sum} : {tp, fp, fn};
}

function mean(values: number[]): number {
	return values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length;
}

function score(truth: Bodies, predictions: Bodies): {total: Score; pages: PageScore[]} {
	const precisions: number[] = [];
	const recalls: number[] = [];
	const pages: PageScore[] = [];
	let exact = 0;
	for (const [id, expected] of truth) {
		const predicted = predictions.get(id) ?? '';
		const {tp, fp, fn} = scorePage(expected, predicted);
		const perfect = fp === 0 && fn === 0;
		const precision = perfect ? 1 : tp + fp === 0 ? 0 : tp / (tp + fp);
		const recall = perfect ? 1 : tp + fn === 0 ? 0 : tp / (tp + fn);
		if (tp + fp > 0) precisions.push(precision);
		if (tp + fn > 0) recalls.push(recall);
		pages.push({id, precision, recall});
		if (tokenize(expected).join(' ') === tokenize(predicted).join(' ')) exact++;
	}
	const precision = mean(precisions);
	const recall = mean(recalls);
	const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
	return {total: {f1, precision, recall, accuracy: exact / truth.size}, pages};
}

function readBodies(file: string, wrapped: boolean): Bodies {
	const json = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
	const entries = (wrapped ? (json as {output: Record<string, {articleBody?: string}>}).output : json) as Record<
		string,
		{articleBody?: string}
	>;
	return new Map(Object.entries(entries).map(([id, value]) => [id, value.articleBody ?? '']));
}

const truth = readBodies(path.join(directory, 'ground-truth.json'), false);
const ids = [...truth.keys()].sort();
const inputs = {
	html: new Map(ids.map(id => [id, readFileSync(path.join(directory, `${id}.html`), 'utf8')])),
	text: new Map(ids.map(id => [id, readFileSync(path.join(directory, `${id}.txt`), 'utf8')])),
};

function extractAll(format: ArticleFormat, pages: Map<string, string>): Bodies {
	return new Map([...pages].map(([id, input]) => [id, extractArticle(input, format).body]));
}

/** Median of three timed passes over every page, after one untimed warm-up pass. */
function throughput(format: ArticleFormat, pages: Map<string, string>): {articles: number; megabytes: number} {
	const bytes = [...pages.values()].reduce((sum, input) => sum + Buffer.byteLength(input), 0);
	extractAll(format, pages);
	const times = [0, 1, 2].map(() => {
		const start = performance.now();
		extractAll(format, pages);
		return (performance.now() - start) / 1000;
	});
	const seconds = times.sort((a, b) => a - b)[1] ?? 1;
	return {articles: pages.size / seconds, megabytes: bytes / 1e6 / seconds};
}

const rows: Array<[string, Score]> = [];
const ours = new Map(kinds.map(kind => [kind, score(truth, extractAll(kind, inputs[kind]))]));
for (const [kind, result] of ours) rows.push([kind === 'html' ? 'factdrill, HTML pages' : 'factdrill, text dumps (.txt)', result.total]);
const peerDirectory = path.join(directory, 'peers');
for (const file of readdirSync(peerDirectory).filter(name => name.endsWith('.json')).sort()) {
	rows.push([`peer: ${path.basename(file, '.json')} (HTML)`, score(truth, readBodies(path.join(peerDirectory, file), true)).total]);
}
rows.push(['raw .txt dump as the body', score(truth, inputs.text).total]);

const format = (value: number): string => value.toFixed(3);
console.log(`${truth.size} pages\n`);
console.log('| extractor | F1 | precision | recall | accuracy |\n|---|---:|---:|---:|---:|');
for (const [name, result] of rows) {
	console.log(`| ${name} | ${format(result.f1)} | ${format(result.precision)} | ${format(result.recall)} | ${format(result.accuracy)} |`);
}

if (measureSpeed) {
	console.log('\n| input | articles/s | MB/s of input |\n|---|---:|---:|');
	for (const kind of kinds) {
		const {articles, megabytes} = throughput(kind, inputs[kind]);
		console.log(`| ${kind} | ${articles.toFixed(1)} | ${megabytes.toFixed(2)} |`);
	}
}

if (worst > 0) {
	for (const [kind, result] of ours) {
		console.log(`\nworst ${kind} pages by F1:`);
		const pages = result.pages
			.map(page => ({...page, f1: (2 * page.precision * page.recall) / (page.precision + page.recall || 1)}))
			.sort((a, b) => a.f1 - b.f1)
			.slice(0, worst);
		for (const page of pages) {
			console.log(`${page.id.slice(0, 8)}  F1 ${format(page.f1)}  P ${format(page.precision)}  R ${format(page.recall)}`);
		}
	}
}
