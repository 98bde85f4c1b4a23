// The progress store at scale: fills temporary stores with 1,000 / 10,000 /
// 100,000 questions (10, 10 and 100 packs; cards in every state and a review
// log per pack), then times (a) recording one answer — a fresh answer to a
// random question, with the lock, the atomic write, the log append and real
// fsyncs — and (b) the home screen's counts — a NEW store reading every pack
// and computing dueSummary per pack, in this process and (c) in a fresh
// process each time (cold JIT and a small heap, as at a real start). Beside
// each, the same operation on ONE plain conf file holding every card as an
// object keyed by id (conf.set of one card; new Conf + read all + the same
// counts), in the same run.
// Usage: npm run bench:store [-- --quick]   (--quick: 1,000 and 10,000 only)
import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {performance} from 'node:perf_hooks';
import v8 from 'node:v8';
import vm from 'node:vm';
import Conf from 'conf';
import type {Pack} from '../source/core/pack/schema.js';
import type {PackProgress} from '../source/core/progress/progress.js';
import type {AnswerInput, CardState, QuestionRecord, Rating, ReviewRecord} from '../source/core/schedule/card.js';
import {createScheduler} from '../source/core/schedule/fsrs-adapter.js';
import {defaultStudySettings, limitsFor} from '../source/core/schedule/settings.js';
import {dueSummary} from '../source/core/schedule/study-queue.js';
import {progressProjectVersion, serializeProgressFile} from '../source/store/progress-file.js';
import type {ProgressFile} from '../source/store/progress-file.js';
import {createProgressStore} from '../source/store/progress-store.js';

type Size = {questions: number; packs: number; recordSamples: number; homeSamples: number; confRecordSamples: number; confHomeSamples: number; coldSamples: number};

const sizes: Size[] = [
	{questions: 1000, packs: 10, recordSamples: 300, homeSamples: 40, confRecordSamples: 100, confHomeSamples: 40, coldSamples: 5},
	{questions: 10_000, packs: 10, recordSamples: 300, homeSamples: 40, confRecordSamples: 40, confHomeSamples: 20, coldSamples: 5},
	{questions: 100_000, packs: 100, recordSamples: 300, homeSamples: 20, confRecordSamples: 15, confHomeSamples: 10, coldSamples: 5},
].filter(size => !process.argv.includes('--quick') || size.questions < 100_000);

// Each home sample stands for a fresh start: the garbage of the sample before is collected first, outside the clock.
v8.setFlagsFromString('--expose-gc');
const collectGarbage = vm.runInNewContext('gc') as () => void;

const dayMs = 24 * 60 * 60 * 1000;
const now = Date.now();
const scheduler = createScheduler({retention: 0.9});

/** mulberry32: the same stores on every run. */
function random(seed: number): () => number {
	let state = seed;
	return () => {
		state = (state + 0x6d2b79f5) | 0;
		let value = Math.imul(state ^ (state >>> 15), 1 | state);
		value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
		return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296;
	};
}

const next = random(42);
const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;

/** A card somewhere in its life: a fifth never answered, the rest learning, in review (some overdue) or relearning; a few suspended. */
function someRecord(): QuestionRecord | undefined {
	const roll = next();
	if (roll < 0.2) return undefined;
	const state: CardState = roll < 0.3 ? 'learning' : roll < 0.92 ? 'review' : 'relearning';
	const lastReview = now - Math.floor(next() * 60 * dayMs);
	// ts-fsrs rounds stability and difficulty to 8 decimals.
	const stability = Math.round((state === 'review' ? 1 + next() * 90 : next()) * 1e8) / 1e8;
	const reps = 1 + Math.floor(next() * 12);
	return {
		card: {due: now + Math.floor((next() - 0.3) * 30 * dayMs), stability, difficulty: Math.round((1 + next() * 9) * 1e8) / 1e8, scheduledDays: Math.round(stability), learningSteps: 0, reps, lapses: Math.floor(next() * 3), state, lastReview},
		attempts: reps,
		correct: Math.floor(reps * 0.8),
		streak: Math.floor(next() * 5),
		lastAnsweredAt: lastReview,
		lastCorrect: next() < 0.8,
		suspended: next() < 0.02,
	};
}

function answerTo(questionId: string, at: number): AnswerInput {
	const rating: Rating = pick(['again', 'hard', 'good', 'good', 'good', 'easy']);
	return {questionId, at, rating, correct: rating !== 'again', hinted: false, durationMs: 3000 + Math.floor(next() * 9000), source: 'study'};
}

type Fixture = {packs: Pack[]; directory: string; confDirectory: string};

function packList(size: Pick<Size, 'questions' | 'packs'>): Pack[] {
	const ids = Array.from({length: size.questions / size.packs}, (_, question) => `q-${String(question).padStart(4, '0')}`);
	return Array.from({length: size.packs}, (_, index) => {
		const packId = `pack-${String(index).padStart(3, '0')}`;
		return {id: packId, title: packId, questions: ids.map(id => ({id}))} as unknown as Pack;
	});
}

/** Writes the packs' progress files and review logs directly (as many answers would have), and the one-conf-file baseline. */
function fill(size: Size): Fixture {
	const root = fs.mkdtempSync(path.join(os.tmpdir(), `factdrill-bench-${size.questions}-`));
	const directory = path.join(root, 'progress');
	const confDirectory = path.join(root, 'conf');
	fs.mkdirSync(directory);
	const packs = packList(size);
	const everything: Record<string, QuestionRecord> = {};
	for (const pack of packs) {
		const packId = pack.id;
		const ids = pack.questions.map(question => question.id);
		const questions: Record<string, QuestionRecord> = {};
		const log: string[] = [];
		for (const id of ids) {
			const record = someRecord();
			if (!record) continue;
			questions[id] = record;
			everything[`${packId}/${id}`] = record;
			// Two logged answers per answered card.
			for (let review = 0; review < 2; review++) {
				const line: ReviewRecord = {...answerTo(id, record.lastAnsweredAt - review * dayMs), id: `${record.lastAnsweredAt - review * dayMs}-${packId}-${id}`, packId, state: 'review', before: review === 0 ? record : undefined};
				log.push(JSON.stringify(line));
			}
		}
		const file: ProgressFile = {formatVersion: 2, packId, today: {day: '', newDone: 0, reviewsDone: 0}, lastReview: {at: 0, count: 0}, questions, __internal__: {migrations: {version: progressProjectVersion}}};
		fs.writeFileSync(path.join(directory, `progress-${packId}.json`), serializeProgressFile(file));
		fs.writeFileSync(path.join(directory, `reviews-${packId}.jsonl`), `${log.join('\n')}\n`);
	}
	openConf(confDirectory).store = everything;
	return {packs, directory, confDirectory};
}

function openConf(cwd: string): Conf<Record<string, QuestionRecord>> {
	return new Conf<Record<string, QuestionRecord>>({cwd, configName: 'progress', projectName: 'factdrill-bench', accessPropertiesByDotNotation: false, watch: false});
}

function homeCounts(packs: readonly Pack[], read: (pack: Pack) => PackProgress): number {
	let due = 0;
	for (const pack of packs) due += dueSummary({pack, progress: read(pack), limits: limitsFor(defaultStudySettings, pack)}, now).due;
	return due;
}

/** What a start does: a new store reads every pack, then the counts. */
function storeHome(directory: string, packs: readonly Pack[]): number {
	const fresh = createProgressStore({directory, scheduler});
	return homeCounts(packs, pack => fresh.read(pack.id));
}

function confHome(confDirectory: string, packs: readonly Pack[]): number {
	const all = openConf(confDirectory).store;
	const byPack = new Map<string, Record<string, QuestionRecord>>();
	for (const [key, record] of Object.entries(all)) {
		const [packId, questionId] = key.split('/') as [string, string];
		let questions = byPack.get(packId);
		if (!questions) byPack.set(packId, (questions = {}));
		questions[questionId] = record;
	}
	return homeCounts(packs, pack => ({questions: byPack.get(pack.id) ?? {}, today: {day: '', newDone: 0, reviewsDone: 0}}));
}

const script = fileURLToPath(import.meta.url);

/** (c) One home-counts pass in a new node process (this script with --home-once); its time is the pass alone, not node's start. */
function coldTimes(samples: number, kind: 'store' | 'conf', directory: string, size: Size): Times {
	const times: Times = [];
	times.cpu = [];
	for (let sample = 0; sample < samples; sample++) {
		const output = execFileSync(process.execPath, [...process.execArgv, script, '--home-once', kind, directory, String(size.questions), String(size.packs)], {encoding: 'utf8'});
		const {ms, cpu} = JSON.parse(output) as {ms: number; cpu: number};
		times.push(ms);
		times.cpu.push(cpu);
	}
	return times;
}

/** Wall-clock times, and this process's CPU time for the same samples: on a shared machine the first waits for a core, the second does not. */
type Times = number[] & {cpu?: number[]};

async function time(samples: number, action: (sample: number) => unknown, options: {collect?: boolean} = {}): Promise<Times> {
	const times: Times = [];
	times.cpu = [];
	for (let sample = 0; sample < samples; sample++) {
		if (options.collect) collectGarbage();
		const cpu = process.cpuUsage();
		const start = performance.now();
		await action(sample);
		times.push(performance.now() - start);
		const used = process.cpuUsage(cpu);
		times.cpu.push((used.user + used.system) / 1000);
	}
	return times;
}

function percentile(times: readonly number[], share: number): number {
	const sorted = [...times].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)]!;
}

type Row = {size: Size; operation: string; store: Times; conf: Times; target: string; limit: number};

/** (a) Recording: one store, as in one study session; the first answers (conf's import, each pack's first conf) are warm-up. */
async function recordTimes(size: Size, {packs, directory, confDirectory}: Fixture): Promise<{storeRecord: Times; confRecord: Times}> {
	const store = createProgressStore({directory, scheduler});
	const randomAnswer = (sample: number) => {
		const pack = pick(packs);
		return {packId: pack.id, answer: answerTo(pick(pack.questions).id, now + sample)};
	};
	for (let warm = 0; warm < 5; warm++) {
		const {packId, answer} = randomAnswer(warm);
		await store.record(packId, answer);
	}
	const storeRecord = await time(size.recordSamples, async sample => {
		const {packId, answer} = randomAnswer(10 + sample);
		return store.record(packId, answer);
	});
	const conf = openConf(confDirectory);
	const confRecord = await time(size.confRecordSamples, sample => {
		const {packId, answer} = randomAnswer(10 + sample);
		conf.set(`${packId}/${answer.questionId}`, scheduler(undefined, answer));
	});
	return {storeRecord, confRecord};
}

async function measure(size: Size): Promise<Row[]> {
	const started = performance.now();
	const fixture = fill(size);
	const {packs, directory, confDirectory} = fixture;
	const fillSeconds = (performance.now() - started) / 1000;

	// The session's store is dropped before (b): a start does not have 300 answers' worth of records in memory.
	const {storeRecord, confRecord} = await recordTimes(size, fixture);

	// (b) Home counts: a new store each time, as at every start, in this (warm) process.
	const storeHomeTimes = await time(size.homeSamples, () => storeHome(directory, packs), {collect: true});
	const confHomeTimes = await time(size.confHomeSamples, () => confHome(confDirectory, packs), {collect: true});
	// (c) The same in a fresh process each time.
	const storeCold = coldTimes(size.coldSamples, 'store', directory, size);
	const confCold = coldTimes(size.coldSamples, 'conf', confDirectory, size);
	fs.rmSync(path.dirname(directory), {recursive: true, force: true});
	console.error(`${size.questions} questions: filled in ${fillSeconds.toFixed(1)} s, measured in ${((performance.now() - started) / 1000 - fillSeconds).toFixed(1)} s`);
	const recordLimit = size.questions === 10_000 ? 10 : size.questions === 100_000 ? 25 : Number.POSITIVE_INFINITY;
	return [
		{size, operation: 'record one answer', store: storeRecord, conf: confRecord, target: Number.isFinite(recordLimit) ? `p95 ≤ ${recordLimit}` : '', limit: recordLimit},
		{size, operation: 'home screen counts', store: storeHomeTimes, conf: confHomeTimes, target: size.questions === 100_000 ? 'median ≤ 100' : '', limit: size.questions === 100_000 ? 100 : Number.POSITIVE_INFINITY},
		{size, operation: 'home screen counts, fresh process', store: storeCold, conf: confCold, target: '', limit: Number.POSITIVE_INFINITY},
	];
}

const format = (ms: number) => (ms < 10 ? ms.toFixed(2) : ms.toFixed(1));

if (process.argv[2] === '--home-once') {
	const [kind, directory, questions, packCount] = process.argv.slice(3) as ['store' | 'conf', string, string, string];
	const packs = packList({questions: Number(questions), packs: Number(packCount)});
	const cpu = process.cpuUsage();
	const start = performance.now();
	if (kind === 'store') storeHome(directory, packs);
	else confHome(directory, packs);
	const ms = performance.now() - start;
	const used = process.cpuUsage(cpu);
	console.log(JSON.stringify({ms, cpu: (used.user + used.system) / 1000}));
	process.exit(0);
}

const rows: Row[] = [];
for (const size of sizes) rows.push(...(await measure(size)));

console.log('| questions | packs | operation | store median ms | store p95 ms | store CPU median ms | one conf file median ms | one conf file p95 ms | conf ÷ store (median) | target |');
console.log('|---:|---:|---|---:|---:|---:|---:|---:|---:|---|');
for (const row of rows) {
	const storeMedian = percentile(row.store, 0.5);
	const storeP95 = percentile(row.store, 0.95);
	const checked = row.target.startsWith('p95') ? storeP95 : storeMedian;
	const verdict = row.target === '' ? '' : `${row.target} ${checked <= row.limit ? '✔ met' : '✘ missed'}`;
	console.log(
		`| ${row.size.questions.toLocaleString('en')} | ${row.size.packs} | ${row.operation} | ${format(storeMedian)} | ${format(storeP95)} | ${format(percentile(row.store.cpu ?? [], 0.5))} | ${format(percentile(row.conf, 0.5))} | ${format(percentile(row.conf, 0.95))} | ${(percentile(row.conf, 0.5) / storeMedian).toFixed(1)}× | ${verdict} |`,
	);
}
console.log(`\nNode ${process.version}, ${os.cpus().length} cores (${os.cpus()[0]?.model.trim() ?? 'unknown CPU'}), ${os.platform()}, load average ${os.loadavg()[0]?.toFixed(1)}; samples per size: store ${sizes.map(size => `${size.recordSamples}/${size.homeSamples}/${size.coldSamples}`).join(', ')}; conf ${sizes.map(size => `${size.confRecordSamples}/${size.confHomeSamples}/${size.coldSamples}`).join(', ')} (record/home/fresh process).`);
