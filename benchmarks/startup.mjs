// Startup benchmark: medians of repeated runs, each also as a ratio to
// `node -e 0` measured in the same run. Prints a Markdown table.
// Usage: npm run bench:startup [-- --runs 21]
import {spawnSync} from 'node:child_process';
import {mkdtempSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {performance} from 'node:perf_hooks';
import pty from 'node-pty';

const runsFlag = process.argv.indexOf('--runs');
const runs = runsFlag > 0 ? Number(process.argv[runsFlag + 1]) : 21;
const cli = path.resolve('dist/factdrill.js');
const home = mkdtempSync(path.join(os.tmpdir(), 'factdrill-bench-'));
const env = {...process.env, FACTDRILL_HOME: home, NO_COLOR: '1'};
delete env.CI;

function timeProcess(args) {
	const start = performance.now();
	const result = spawnSync(process.execPath, args, {env, stdio: ['ignore', 'pipe', 'pipe']});
	const elapsed = performance.now() - start;
	if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`);
	return elapsed;
}

/** Time from spawn until the home screen's footer is on the pseudo-terminal. */
function timeFirstFrame({coldCache = false} = {}) {
	if (coldCache) rmSync(path.join(home, 'cache'), {recursive: true, force: true});
	return new Promise((resolve, reject) => {
		const start = performance.now();
		const child = pty.spawn(process.execPath, [cli], {cols: 80, rows: 24, env, name: 'xterm-256color'});
		let output = '';
		let elapsed;
		const timer = setTimeout(() => {
			child.kill();
			reject(new Error(`no first frame within 10 s; saw: ${output.slice(-300)}`));
		}, 10_000);
		child.onData(data => {
			output += data;
			if (elapsed === undefined && output.includes('Enter study')) {
				elapsed = performance.now() - start;
				clearTimeout(timer);
				// Ink turns on raw mode just after its first frame; a key sent before that is lost, so repeat q until it exits.
				const quitter = setInterval(() => child.write('q'), 50);
				child.onExit(() => {
					clearInterval(quitter);
					resolve(elapsed);
				});
			}
		});
	});
}

function median(values) {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

const cases = [
	{name: '`node -e 0` (baseline)', run: () => timeProcess(['-e', '0'])},
	{name: '`factdrill --version`', run: () => timeProcess([cli, '--version']), target: 1.5},
	{name: '`factdrill packs --json`', run: () => timeProcess([cli, 'packs', '--json'])},
	{name: 'first TUI frame (home screen, pty 80×24)', run: () => timeFirstFrame(), target: 3},
	{name: 'first TUI frame, pack cache emptied first', run: () => timeFirstFrame({coldCache: true})},
];

const samples = new Map(cases.map(c => [c.name, []]));
// Interleave the cases so drift in machine load hits all of them alike.
for (let round = 0; round < runs + 2; round++) {
	for (const benchmark of cases) {
		const elapsed = await benchmark.run();
		if (round >= 2) samples.get(benchmark.name).push(elapsed); // two warm-up rounds
	}
}
rmSync(home, {recursive: true, force: true});

const baseline = median(samples.get(cases[0].name));
console.log(`Startup, median of ${runs} runs (Node ${process.version}, ${os.cpus().length} cores)\n`);
console.log('| command | median ms | × node -e 0 | target |');
console.log('|---|---:|---:|---|');
for (const benchmark of cases) {
	const value = median(samples.get(benchmark.name));
	const ratio = value / baseline;
	const target = benchmark.target ? `≤ ${benchmark.target}× ${ratio <= benchmark.target ? '✔ met' : '✘ missed'}` : '';
	console.log(`| ${benchmark.name} | ${value.toFixed(0)} | ${ratio.toFixed(2)} | ${target} |`);
}
