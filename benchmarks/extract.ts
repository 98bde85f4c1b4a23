// Whole-pipeline throughput of `factdrill extract` on one core: body and
// metadata, then quotes, dates, treaties and people, over a folder of
// articles. Prints per-stage medians of 3 passes (after a warm-up), in
// articles/s and MB/s of input text.
// Usage: node --import tsx benchmarks/extract.ts <folder of .txt/.html articles>
import {readFileSync, readdirSync} from 'node:fs';
import path from 'node:path';
import {performance} from 'node:perf_hooks';
import type {ArticleFormat} from '../source/core/article/article.js';
import {extractArticle} from '../source/core/article/extract-article.js';
import {extractDates} from '../source/core/facts/dates.js';
import {extractQuotesAndPeople} from '../source/core/facts/quotes.js';
import {extractTreaties} from '../source/core/facts/treaties.js';

const directory = process.argv[2];
if (!directory) {
	console.error('usage: node --import tsx benchmarks/extract.ts <folder of articles>');
	process.exit(2);
}

const inputs = readdirSync(directory)
	.filter(name => /\.(txt|html?)$/.test(name))
	.sort()
	.map(name => ({text: readFileSync(path.join(directory, name), 'utf8'), format: (name.endsWith('.txt') ? 'text' : 'html') as ArticleFormat}));
const megabytes = inputs.reduce((sum, input) => sum + Buffer.byteLength(input.text), 0) / 1024 / 1024;
const articles = inputs.map(input => extractArticle(input.text, input.format));

const stages: Array<[string, () => void]> = [
	['body and metadata', () => inputs.forEach(input => extractArticle(input.text, input.format))],
	['quotes and people', () => articles.forEach(article => extractQuotesAndPeople(article.body))],
	['dates and events', () => articles.forEach(article => extractDates(article.body, article.published))],
	['treaties', () => articles.forEach(article => extractTreaties(article.body))],
];

function median(values: number[]): number {
	const sorted = values.toSorted((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)]!;
}

console.log(`${inputs.length} articles, ${megabytes.toFixed(2)} MB of input, Node ${process.version}\n`);
console.log('| stage | seconds | articles/s | MB/s of input |');
console.log('|---|---:|---:|---:|');
let total = 0;
for (const [name, run] of stages) {
	run();
	const times = [0, 1, 2].map(() => {
		const start = performance.now();
		run();
		return (performance.now() - start) / 1000;
	});
	const seconds = median(times);
	total += seconds;
	console.log(`| ${name} | ${seconds.toFixed(2)} | ${(inputs.length / seconds).toFixed(0)} | ${(megabytes / seconds).toFixed(2)} |`);
}
console.log(`| **whole pipeline** | ${total.toFixed(2)} | ${(inputs.length / total).toFixed(0)} | **${(megabytes / total).toFixed(2)}** |`);
