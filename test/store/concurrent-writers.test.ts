import {spawn} from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import test from 'ava';
import {createProgressStore} from '../../source/store/progress-store.js';

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
	const progress = createProgressStore({directory}).read('kuril');
	const attempts = Object.values(progress).reduce((sum, entry) => sum + entry.attempts, 0);
	t.is(attempts, 2 * perWriter);
	const files = await fs.readdir(directory);
	t.deepEqual(files, ['progress-kuril.json'], 'no lock, temporary or backup file left behind');
});
