// Question generation on real articles: extracts each article in the folder,
// generates a pack from its facts alone (the hardest case for wrong options:
// one article, no neighbours), and prints questions per article by kind, the
// share of choice questions with the full number of distinct options, every
// quality-rule violation (must be 0), and how long generating takes per 100
// articles over 1,000 articles' facts — beside the time the same articles
// took to extract, measured in the same run.
// Usage: node --import tsx benchmarks/generate.ts <folder of .txt/.html articles> [--seed N]
import {readFileSync, readdirSync} from 'node:fs';
import path from 'node:path';
import {performance} from 'node:perf_hooks';
import {extractArticle} from '../source/core/article/extract-article.js';
import {extractFacts} from '../source/core/facts/extract-facts.js';
import {toFactsDocument} from '../source/core/facts/facts-document.js';
import {generatePack} from '../source/core/generate/generate-pack.js';
import {questionKinds} from '../source/core/generate/types.js';
import {checkPack} from '../source/core/pack/lint-rules.js';
import {qualityProblems} from '../source/core/pack/quality-rules.js';
import {packToYaml} from '../source/core/pack/write-pack.js';

const directory = process.argv[2];
if (!directory) {
	console.error('usage: node --import tsx benchmarks/generate.ts <folder of articles> [--seed N]');
	process.exit(2);
}
const seedAt = process.argv.indexOf('--seed');
const seed = seedAt > 0 ? Number(process.argv[seedAt + 1]) : 1;

const files = readdirSync(directory).filter(name => /\.(txt|html?)$/.test(name)).sort();
const extractStart = performance.now();
const documents = files.map(name => {
	const article = extractArticle(readFileSync(path.join(directory, name), 'utf8'), name.endsWith('.txt') ? 'text' : 'html');
	return toFactsDocument([{article, facts: extractFacts(article), url: null}]);
});
const extractSeconds = (performance.now() - extractStart) / 1000;

const byKind = Object.fromEntries(questionKinds.map(kind => [kind, 0]));
let choices = 0;
let full = 0;
let questions = 0;
let empty = 0;
const violations: string[] = [];
const lintWarnings = new Map<string, number>();
for (const [index, document] of documents.entries()) {
	const {pack, report} = generatePack(document, {seed});
	questions += pack.questions.length;
	if (pack.questions.length === 0) empty++;
	for (const kind of questionKinds) byKind[kind]! += report.byKind[kind];
	choices += report.choice.total;
	full += report.choice.full;
	for (const problem of qualityProblems(pack)) violations.push(`${files[index]}: ${pack.questions[problem.question]?.id}: ${problem.message} [${problem.rule}]`);
	if (pack.questions.length > 0) {
		const checked = checkPack(packToYaml(pack), files[index]!);
		for (const diagnostic of checked.diagnostics) {
			if (diagnostic.severity === 'error') violations.push(`${files[index]}: lint: ${diagnostic.message}`);
			else lintWarnings.set(diagnostic.rule, (lintWarnings.get(diagnostic.rule) ?? 0) + 1);
		}
	}
}

const thousand = Array.from({length: 1000}, (_unused, index) => documents[index % documents.length]!);
const generateThousand = () => {
	const start = performance.now();
	for (const document of thousand) generatePack(document, {seed});
	return (performance.now() - start) / 1000;
};
generateThousand();
const passes = [generateThousand(), generateThousand(), generateThousand()].sort((a, b) => a - b);
const medianSeconds = passes[1]!;

console.log(`${documents.length} articles from ${directory}, seed ${seed}, Node ${process.version}\n`);
console.log('| kind | questions | per article |');
console.log('|---|---:|---:|');
for (const kind of questionKinds) console.log(`| ${kind} | ${byKind[kind]} | ${(byKind[kind]! / documents.length).toFixed(2)} |`);
console.log(`| **all** | ${questions} | ${(questions / documents.length).toFixed(2)} |`);
console.log(`\narticles with no question: ${empty}`);
console.log(`choice questions with the full 4 distinct options: ${full} of ${choices} (${((100 * full) / Math.max(1, choices)).toFixed(1)} %)`);
console.log(`quality-rule violations (and lint errors): ${violations.length}`);
for (const violation of violations.slice(0, 20)) console.log(`  ${violation}`);
const warned = [...lintWarnings].sort((a, b) => b[1] - a[1]).map(([rule, count]) => `${rule} ${count}`);
console.log(`lint warnings outside the generator's rules: ${warned.length > 0 ? warned.join(', ') : 'none'}`);
console.log(`\ngenerating 1,000 articles' facts: median of 3 passes ${medianSeconds.toFixed(2)} s = ${((medianSeconds / 10) * 1000).toFixed(0)} ms per 100 articles`);
console.log(`extracting the ${documents.length} articles (baseline, one pass): ${((extractSeconds / documents.length) * 100 * 1000).toFixed(0)} ms per 100 articles; generation/extraction ${(medianSeconds / 10 / ((extractSeconds / documents.length) * 100)).toFixed(2)}×`);
