/**
 * Quote-attribution benchmark: `node --import tsx benchmarks/quotes.ts <dir>`
 * where <dir> holds articles/<id>.txt and labels/<id>.json (PolNeAR dev,
 * see its README). Prints precision, recall and F1 at two overlap levels,
 * speaker accuracy, and throughput.
 *
 * Words: lower-cased runs of letters and digits, inner apostrophes kept
 * ("don't", "peskov's"), curly apostrophes made straight; punctuation and
 * quote marks are not words. A prediction matches a gold quote when the
 * words they share (as multisets) cover more than the threshold share of
 * the gold quote's words. Matching is one-to-one per article; among the
 * eligible pairs the most similar (Dice overlap) are taken first, see
 * `match`. Precision and recall are summed over all articles.
 *
 * Speakers are scored on quotes matched at 30 %: right when our speaker
 * shares a word that is not a stopword (possessive 's dropped) with the
 * gold speaker span. Gold speakers that are bare pronouns are reported
 * apart, since PolNeAR resolves none of them.
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {performance} from 'node:perf_hooks';
import {pathToFileURL} from 'node:url';
import type {ExtractedQuote} from '../source/core/facts/facts.js';
import {extractQuotes} from '../source/core/facts/quotes.js';

type GoldQuote = {speaker: string | null; text: string; kind: 'direct' | 'indirect'; cue: string | null};
type Article = {id: string; body: string; gold: GoldQuote[]};

const pronouns = new Set(['he', 'she', 'they', 'it', 'i', 'we', 'you', 'him', 'her', 'them', 'us', 'me', 'who', 'which', 'that', 'whom', 'his', 'its', 'their', 'one']);
/** Words that name nobody: a shared "the" or "Mr." proves nothing about the speaker. */
const stopwords = new Set(['the', 'a', 'an', 'of', 'and', 'in', 'on', 'at', 'for', 'to', 's', "'s", 'mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov', 'gen', 'by', 'with', 'from', 'as', 'who', 'which', 'that', 'this', 'his', 'her', 'their', 'its', 'our', 'some', 'many', 'other', 'another', 'former', 'new']);

export function words(text: string): string[] {
	return [...text.toLowerCase().replaceAll('’', "'").matchAll(/[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu)].map(match => match[0]);
}

/** Share of the gold words that the prediction also has, counting repeats at most as often as each side has them. */
export function coverage(predicted: readonly string[], gold: readonly string[]): number {
	return gold.length === 0 ? 0 : shared(predicted, gold) / gold.length;
}

/** Words the two lists share, as multisets. */
function shared(predicted: readonly string[], gold: readonly string[]): number {
	const counts = new Map<string, number>();
	for (const word of predicted) counts.set(word, (counts.get(word) ?? 0) + 1);
	let count = 0;
	for (const word of gold) {
		const left = counts.get(word) ?? 0;
		if (left > 0) {
			count++;
			counts.set(word, left - 1);
		}
	}
	return count;
}

type Match = {gold: GoldQuote; predicted: ExtractedQuote};

/**
 * One-to-one matching in one article. A pair is eligible when the
 * prediction covers more than `threshold` of the gold quote's words; the
 * best prediction for a gold quote is the most similar one (Dice overlap of
 * the two word lists), so a one-word gold quote ("Clinton") does not take
 * a long prediction that merely contains its word. `order: 'best-first'`
 * serves pairs from the most similar down; `'document'` serves gold quotes
 * in text order, each taking its most similar unmatched prediction.
 */
export function match(gold: readonly GoldQuote[], predicted: readonly ExtractedQuote[], threshold: number, order: 'best-first' | 'document' = 'best-first'): Match[] {
	const predictedWords = predicted.map(quote => words(quote.text));
	const pairs: Array<{gold: number; predicted: number; similarity: number}> = [];
	for (const [goldIndex, quote] of gold.entries()) {
		const goldWords = words(quote.text);
		for (const [index, candidate] of predictedWords.entries()) {
			const common = shared(candidate, goldWords);
			if (goldWords.length === 0 || common / goldWords.length <= threshold) continue;
			pairs.push({gold: goldIndex, predicted: index, similarity: (2 * common) / (goldWords.length + candidate.length)});
		}
	}
	pairs.sort((a, b) => (order === 'document' ? a.gold - b.gold : 0) || b.similarity - a.similarity || a.gold - b.gold || a.predicted - b.predicted);
	const usedGold = new Set<number>();
	const usedPredicted = new Set<number>();
	const matches: Match[] = [];
	for (const pair of pairs) {
		if (usedGold.has(pair.gold) || usedPredicted.has(pair.predicted)) continue;
		const goldQuote = gold[pair.gold];
		const chosen = predicted[pair.predicted];
		if (!goldQuote || !chosen) continue;
		usedGold.add(pair.gold);
		usedPredicted.add(pair.predicted);
		matches.push({gold: goldQuote, predicted: chosen});
	}
	return matches;
}

/** Words of a speaker that can name someone: no stopwords, and a possessive "Trump's" counts as "trump". */
function nameWords(text: string | null): Set<string> {
	return new Set(words(text ?? '').map(word => word.replace(/'s$/, '')).filter(word => !stopwords.has(word)));
}

function sharesName(a: string | null, b: string | null): boolean {
	const left = nameWords(a);
	return [...nameWords(b)].some(word => left.has(word));
}

function isPronoun(speaker: string): boolean {
	const list = words(speaker);
	return list.length === 1 && pronouns.has(list[0] ?? '');
}

function load(dir: string): Article[] {
	return readdirSync(path.join(dir, 'articles'))
		.filter(file => file.endsWith('.txt'))
		.sort()
		.map(file => {
			const id = file.slice(0, -4);
			const labels = JSON.parse(readFileSync(path.join(dir, 'labels', id + '.json'), 'utf8')) as {quotes: GoldQuote[]};
			return {id, body: readFileSync(path.join(dir, 'articles', file), 'utf8'), gold: labels.quotes};
		});
}

type Scores = {precision: number; recall: number; f1: number; matched: number};

function score(articles: readonly Article[], predictions: ReadonlyMap<string, ExtractedQuote[]>, threshold: number, kind?: GoldQuote['kind'], order: 'best-first' | 'document' = 'best-first'): Scores {
	let matched = 0;
	let predicted = 0;
	let gold = 0;
	for (const article of articles) {
		const goldQuotes = kind ? article.gold.filter(quote => quote.kind === kind) : article.gold;
		const ours = (predictions.get(article.id) ?? []).filter(quote => !kind || quote.kind === kind);
		matched += match(goldQuotes, ours, threshold, order).length;
		predicted += ours.length;
		gold += goldQuotes.length;
	}
	const precision = predicted === 0 ? 0 : matched / predicted;
	const recall = gold === 0 ? 0 : matched / gold;
	const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
	return {precision, recall, f1, matched};
}

type PronounScores = {count: number; resolved: number; agrees: number; checked: number};
type SpeakerScores = {named: number; namedRight: number; namedRightOrRole: number; pronouns: Map<string, PronounScores>; noGold: number};

/** Pronoun groups reported apart: personal "he"/"she" (which the extractor resolves), relative "who"/"which", the rest. */
function pronounGroup(speaker: string): string {
	const word = words(speaker)[0] ?? '';
	if (word === 'he' || word === 'she' || word === 'him' || word === 'her') return 'he / she';
	if (word === 'who' || word === 'which' || word === 'that' || word === 'whom') return 'who / which / that';
	return 'they / it / we / I / you';
}

/**
 * Speaker accuracy over quotes matched at 30 %. Gold speakers that are bare
 * pronouns are scored apart: "resolved" when our speaker is a name the
 * article writes; "agrees" (a proxy, PolNeAR has no coreference) when it
 * shares a name word with the nearest earlier non-pronoun gold speaker.
 */
function speakerScores(articles: readonly Article[], predictions: ReadonlyMap<string, ExtractedQuote[]>): SpeakerScores {
	const result: SpeakerScores = {named: 0, namedRight: 0, namedRightOrRole: 0, pronouns: new Map(), noGold: 0};
	for (const article of articles) {
		const articleWords = new Set(words(article.body));
		for (const {gold, predicted} of match(article.gold, predictions.get(article.id) ?? [], 0.3)) {
			if (gold.speaker === null) {
				result.noGold++;
				continue;
			}
			if (!isPronoun(gold.speaker)) {
				result.named++;
				if (sharesName(predicted.speaker, gold.speaker)) result.namedRight++;
				if (sharesName(`${predicted.speaker ?? ''} ${predicted.speakerRole ?? ''}`, gold.speaker)) result.namedRightOrRole++;
				continue;
			}
			const group = pronounGroup(gold.speaker);
			const scores = result.pronouns.get(group) ?? {count: 0, resolved: 0, agrees: 0, checked: 0};
			result.pronouns.set(group, scores);
			scores.count++;
			const ours = predicted.speaker ?? '';
			if (ours !== '' && !isPronoun(ours) && words(ours).every(word => articleWords.has(word))) scores.resolved++;
			const index = article.gold.indexOf(gold);
			const antecedent = article.gold.slice(0, index).findLast(quote => quote.speaker !== null && !isPronoun(quote.speaker));
			if (antecedent) {
				scores.checked++;
				if (sharesName(predicted.speaker, antecedent.speaker)) scores.agrees++;
			}
		}
	}
	return result;
}

/** Other annotators' labels scored against the primary ones (labels-alt/), the same way: how far people agree. */
function agreement(dir: string, articles: readonly Article[]): {f1: number; files: number} | null {
	const altDir = path.join(dir, 'labels-alt');
	if (!existsSync(altDir)) return null;
	let matched = 0;
	let predicted = 0;
	let gold = 0;
	let files = 0;
	for (const file of readdirSync(altDir).filter(name => name.endsWith('.json'))) {
		const article = articles.find(candidate => file.startsWith(candidate.id + '.'));
		if (!article) continue;
		const alt = (JSON.parse(readFileSync(path.join(altDir, file), 'utf8')) as {quotes: GoldQuote[]}).quotes;
		const asPredictions = alt.map(quote => ({...quote, speakerRole: null, evidence: {sentence: '', start: 0, end: 0}}));
		matched += match(article.gold, asPredictions, 0.3).length;
		predicted += alt.length;
		gold += article.gold.length;
		files++;
	}
	if (files === 0) return null;
	const precision = matched / predicted;
	const recall = matched / gold;
	return {f1: (2 * precision * recall) / (precision + recall), files};
}

function throughput(articles: readonly Article[]): {articlesPerSecond: number; megabytesPerSecond: number} {
	const bytes = articles.reduce((sum, article) => sum + Buffer.byteLength(article.body), 0);
	const times: number[] = [];
	for (let round = 0; round < 7; round++) {
		const start = performance.now();
		for (const article of articles) extractQuotes(article.body);
		times.push(performance.now() - start);
	}
	const median = times.sort((a, b) => a - b)[Math.floor(times.length / 2)] ?? 1;
	return {articlesPerSecond: articles.length / (median / 1000), megabytesPerSecond: bytes / 1e6 / (median / 1000)};
}

const fixed = (value: number) => value.toFixed(3);
const percent = (part: number, whole: number) => (whole === 0 ? '—' : `${fixed(part / whole)} (${part}/${whole})`);

function main(dir: string): void {
	const articles = load(dir);
	const predictions = new Map(articles.map(article => [article.id, extractQuotes(article.body)]));
	const predictedCount = [...predictions.values()].reduce((sum, list) => sum + list.length, 0);
	const goldCount = articles.reduce((sum, article) => sum + article.gold.length, 0);
	console.log(`${articles.length} articles, ${goldCount} gold quotes, ${predictedCount} predicted\n`);
	console.log('| overlap | kind | precision | recall | F1 |');
	console.log('|---|---|---:|---:|---:|');
	for (const threshold of [0.3, 0.8]) {
		for (const kind of [undefined, 'direct', 'indirect'] as const) {
			const {precision, recall, f1} = score(articles, predictions, threshold, kind);
			console.log(`| > ${threshold * 100} % | ${kind ?? 'all'} | ${fixed(precision)} | ${fixed(recall)} | ${fixed(f1)} |`);
		}
	}
	const people = agreement(dir, articles);
	if (people) {
		const ids = new Set(readdirSync(path.join(dir, 'labels-alt')).map(file => file.split('.')[0]));
		const ours = score(articles.filter(article => ids.has(article.id)), predictions, 0.3);
		console.log(`\nOn the ${ids.size} articles with several annotators, at > 30 %: other annotators against the primary one F1 ${fixed(people.f1)} (${people.files} label files); this extractor F1 ${fixed(ours.f1)}.`);
	}
	const inOrder = score(articles, predictions, 0.3, undefined, 'document');
	console.log(`\nGold quotes served in document order instead of best pair first (> 30 %): P ${fixed(inOrder.precision)}, R ${fixed(inOrder.recall)}, F1 ${fixed(inOrder.f1)}`);
	const speakers = speakerScores(articles, predictions);
	console.log('\n| speaker (quotes matched at > 30 %) | share |');
	console.log('|---|---:|');
	console.log(`| accuracy: gold speaker not a pronoun, our speaker shares a name word with it | ${percent(speakers.namedRight, speakers.named)} |`);
	console.log(`| same, counting our role too ("the Vermont senator" vs Bernie Sanders, Senator) | ${percent(speakers.namedRightOrRole, speakers.named)} |`);
	for (const [group, scores] of [...speakers.pronouns].sort()) {
		console.log(`| gold "${group}": our speaker is no pronoun but words of the article | ${percent(scores.resolved, scores.count)} |`);
		console.log(`| gold "${group}": shares a name word with the nearest earlier non-pronoun gold speaker (rough proxy) | ${percent(scores.agrees, scores.checked)} |`);
	}
	console.log(`| gold quote has no speaker (not scored) | ${speakers.noGold} |`);
	const speed = throughput(articles);
	console.log(`\nthroughput: ${speed.articlesPerSecond.toFixed(0)} articles/s, ${speed.megabytesPerSecond.toFixed(2)} MB/s (median of 7 runs, Node ${process.versions.node})`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const dir = process.argv[2];
	if (dir) main(dir);
	else {
		console.error('usage: node --import tsx benchmarks/quotes.ts <bench dir with articles/ and labels/>');
		process.exitCode = 2;
	}
}
