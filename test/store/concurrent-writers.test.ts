import {spawn} from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import test from 'ava';
import {dayKey} from '../../source/core/schedule/day.js';
import {openStore} from './store-helpers.js';

const writerScript = fileURLToPath(new URL('../fixtures/progress-writer.ts', import.meta.url));
const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

type Run = {started: number; ended: number};

function runWriter(directory: string, count: number, startAt: number): Promise<Run> {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, ['--import', 'tsx', writerScript, directory, 'kuril', String(count), String(startAt)], {
			cwd: projectRoot,
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
		child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
		child.on('error', reject);
		child.on('close', code => {
			if (code === 0) resolve(JSON.parse(stdout) as Run);
			else reject(new Error(`writer exited with ${code}: ${stderr}`));
		});
	});
}

test('two processes recording to one pack at once lose no answer', async t => {
	const directory = await fs.mkdtemp(path.join(os.tmpdir(), 'factdrill-concurrent-'));
	const perWriter = 150;
	// Both start loading now (tsx takes about a second) and begin recording at the same instant.
	const startAt = Date.now() + 2500;
	const [first, second] = await Promise.all([runWriter(directory, perWriter, startAt), runWriter(directory, perWriter, startAt)]);

	t.true(first.started < second.ended && second.started < first.ended, `the writers overlapped: ${JSON.stringify({first, second})}`);
	const store = openStore({directory});
	const attempts = Object.values(store.read('kuril').questions).reduce((sum, entry) => sum + entry.attempts, 0);
	t.is(attempts, 2 * perWriter);
	const reviews = await store.reviews('kuril');
	t.is(reviews.length, 2 * perWriter, 'every answer is in the review log');
	t.is(new Set(reviews.map(review => review.id)).size, 2 * perWriter, 'with its own id');
	const {today} = store.read('kuril');
	t.is(today.newDone + today.reviewsDone, reviews.filter(review => dayKey(review.at) === today.day).length, 'today\'s counts saw every answer');
	t.deepEqual(store.warnings, []);
	const files = await fs.readdir(directory);
	t.deepEqual(files.sort(), ['progress-kuril.json', 'reviews-kuril.jsonl'], 'no lock, temporary or backup file left behind');
});
