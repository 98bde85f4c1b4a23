import fs from 'node:fs/promises';
import path from 'node:path';
import test from 'ava';
import {parseCommand} from '../../source/cli/arguments.js';
import {runExportLog} from '../../source/commands/export-log.js';
import {cardId} from '../../source/core/stats/card-id.js';
import {captureIo} from '../helpers/capture-io.js';
import {answers, at, emptyHome, filledHome} from './stats-helpers.js';

const header = 'card_id,review_time,review_rating,review_state,review_duration,pack_id,question_id,source,correct,hinted';

test('export-log --csv prints every answer in the FSRS optimizer\'s columns, oldest first', async t => {
	const home = await filledHome(t);
	const {io, output} = captureIo(home, {FACTDRILL_HOME: home});
	t.is(await runExportLog(io, {output: undefined, force: false, packFiles: []}), 0);
	const lines = output.stdout.split('\r\n');
	t.is(lines[0], header);
	t.is(lines.at(-1), '', 'ends with a line break');
	const rows = lines.slice(1, -1).map(line => line.split(','));
	t.is(rows.length, answers.length);
	t.deepEqual(
		rows.map(row => [row[5], row[6], row[2]]),
		answers.map(([packId, questionId, , rating]) => [packId, questionId, String({again: 1, hard: 2, good: 3, easy: 4}[rating])]),
	);
	t.deepEqual(rows[0], [String(cardId('harbour-accord', 'signed-year')), String(at(3)), '3', '0', '5000', 'harbour-accord', 'signed-year', 'study', 'true', 'false']);
	// The second answer to the same question was given in a later state than new.
	t.not(rows[1]?.[3], '0');
	t.is(output.stderr, '');
});

test('export-log -o writes the file, and replaces one only with --force', async t => {
	const home = await filledHome(t);
	const file = path.join(home, 'reviews.csv');
	const {io, output} = captureIo(home, {FACTDRILL_HOME: home});
	t.is(await runExportLog(io, {output: 'reviews.csv', force: false, packFiles: []}), 0);
	const written = await fs.readFile(file, 'utf8');
	t.true(written.startsWith(`${header}\r\n`));
	t.is(written.split('\r\n').length, answers.length + 2);
	t.regex(output.stderr, /wrote 6 reviews from 3 packs to reviews\.csv/);

	await fs.writeFile(file, 'keep me');
	const again = captureIo(home, {FACTDRILL_HOME: home});
	t.is(await runExportLog(again.io, {output: 'reviews.csv', force: false, packFiles: []}), 1);
	t.regex(again.output.stderr, /reviews\.csv/);
	t.is(await fs.readFile(file, 'utf8'), 'keep me');

	t.is(await runExportLog(again.io, {output: 'reviews.csv', force: true, packFiles: []}), 0);
	t.is(await fs.readFile(file, 'utf8'), written);
});

test('a learner with no answers gets the header alone', async t => {
	const home = await emptyHome(t);
	const {io, output} = captureIo(home, {FACTDRILL_HOME: home});
	t.is(await runExportLog(io, {output: undefined, force: false, packFiles: []}), 0);
	t.is(output.stdout, `${header}\r\n`);
});

test('export-log asks for --csv, and takes -o, --force and --pack', t => {
	t.throws(() => parseCommand(['export-log']), {message: /export-log needs --csv/});
	t.deepEqual(parseCommand(['export-log', '--csv']), {name: 'export-log', format: 'csv', output: undefined, force: false, packFiles: []});
	t.deepEqual(parseCommand(['export-log', '--csv', '-o', 'log.csv', '--force']), {name: 'export-log', format: 'csv', output: 'log.csv', force: true, packFiles: []});
	t.throws(() => parseCommand(['export-log', '--csv', '--force']), {message: /--force only makes sense with -o/});
	t.throws(() => parseCommand(['export-log', '--json']), {message: /--json is an option of .*not of export-log/});
});
