import fs from 'node:fs/promises';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import test from 'ava';
import {answer, openStore, temporaryDirectory} from './store-helpers.js';

// Written by hand in the foundation version's format 1: four questions, twenty logged answers, six of them wrong.
const fixture = fileURLToPath(new URL('../fixtures/stores/v1/progress-kuril-islands.json', import.meta.url));
const packId = 'kuril-islands';

type V1 = {
	questions: Record<string, {attempts: number; correct: number; streak: number; lastAnsweredAt: string; lastCorrect: boolean}>;
	log: Record<string, Array<{at: string; correct: boolean}>>;
};

async function copyOfFixture(): Promise<{directory: string; file: string; original: string; v1: V1}> {
	const directory = await temporaryDirectory();
	const file = path.join(directory, `progress-${packId}.json`);
	const original = await fs.readFile(fixture, 'utf8');
	await fs.writeFile(file, original);
	return {directory, file, original, v1: JSON.parse(original) as V1};
}

test('a format 1 store upgrades to format 2 with no answer lost', async t => {
	const {directory, file, original, v1} = await copyOfFixture();
	const store = openStore({directory});
	const notices = await store.upgrade([packId, 'never-studied']);

	const backup = path.join(directory, `progress-${packId}.v1-backup.json`);
	t.deepEqual(notices, [`Upgraded progress for ${packId} to format 2 (backup: ${backup}).`]);
	t.is(await fs.readFile(backup, 'utf8'), original, 'the backup holds the format 1 file as it was');
	const written = JSON.parse(await fs.readFile(file, 'utf8')) as Record<string, unknown>;
	t.is(written['formatVersion'], 2);
	t.deepEqual(written['__internal__'], {migrations: {version: '2.0.0'}});

	const reopened = openStore({directory});
	const reviews = await reopened.reviews(packId);
	const logged = Object.entries(v1.log).flatMap(([questionId, entries]) => entries.map(entry => ({questionId, at: Date.parse(entry.at), correct: entry.correct})));
	t.is(logged.length, 20);
	t.deepEqual(
		reviews.map(review => ({questionId: review.questionId, at: review.at, correct: review.correct})),
		logged.sort((a, b) => a.at - b.at),
		'every logged answer is in the review log, oldest first',
	);
	t.true(reviews.every(review => review.source === 'migrated' && review.rating === (review.correct ? 'good' : 'again')));

	const {questions} = reopened.read(packId);
	for (const [questionId, counters] of Object.entries(v1.questions)) {
		const record = questions[questionId];
		t.like(record, {...counters, lastAnsweredAt: Date.parse(counters.lastAnsweredAt), suspended: false}, `${questionId}: counters as before`);
		t.is(record?.card.reps, v1.log[questionId]?.length, `${questionId}: one FSRS review per logged answer`);
		t.is(record?.card.lastReview, Date.parse(counters.lastAnsweredAt));
		t.true((record?.card.due ?? 0) > Date.parse(counters.lastAnsweredAt), `${questionId}: due after its last answer`);
		t.not(record?.card.state, 'new');
	}
	t.is(questions['treaty-year']?.card.state, 'review', 'eight answers over three weeks reach review');
	t.true((questions['treaty-year']?.card.stability ?? 0) > (questions['island-count']?.card.stability ?? 0), 'a long right streak is remembered longer');
	t.deepEqual(reopened.warnings, []);
});

test('a second upgrade changes nothing', async t => {
	const {directory, file} = await copyOfFixture();
	await openStore({directory}).upgrade([packId]);
	const files = await fs.readdir(directory);
	const progress = await fs.readFile(file, 'utf8');
	const log = await fs.readFile(path.join(directory, `reviews-${packId}.jsonl`), 'utf8');

	t.deepEqual(await openStore({directory}).upgrade([packId]), []);
	t.deepEqual(await fs.readdir(directory), files);
	t.is(await fs.readFile(file, 'utf8'), progress);
	t.is(await fs.readFile(path.join(directory, `reviews-${packId}.jsonl`), 'utf8'), log);
});

test('an upgrade cut short after the log was written adds no line twice when run again', async t => {
	const {directory, file, original} = await copyOfFixture();
	await openStore({directory}).upgrade([packId]);
	// As if factdrill had stopped before conf wrote the new file: the old file is back, the log already written.
	await fs.writeFile(file, original);
	const notices = await openStore({directory}).upgrade([packId]);

	t.is(notices.length, 1);
	t.is((await openStore({directory}).reviews(packId)).length, 20);
	t.deepEqual((await fs.readdir(directory)).filter(name => name.includes('backup')), [`progress-${packId}.v1-backup.json`], 'the same backup serves both runs');
});

test('before the upgrade a format 1 store is read as format 2 without being written', async t => {
	const {directory, file, original} = await copyOfFixture();
	const store = openStore({directory});
	t.is(store.read(packId).questions['treaty-year']?.attempts, 8);
	t.is((await store.reviews(packId)).length, 20);
	t.is(await fs.readFile(file, 'utf8'), original);
	t.deepEqual(await fs.readdir(directory), [`progress-${packId}.json`]);
});

test('an answer recorded to a format 1 store upgrades it first, keeping the old answers', async t => {
	const {directory} = await copyOfFixture();
	const store = openStore({directory});
	const review = await store.record(packId, answer('treaty-year', Date.parse('2026-11-25T10:00:00.000Z')));
	t.is(review.before?.attempts, 8);
	t.is((await openStore({directory}).reviews(packId)).length, 21);
	t.regex(store.warnings.join('\n'), /Upgraded progress for kuril-islands to format 2 \(backup: .*v1-backup\.json\)/);
	t.is(openStore({directory}).read(packId).questions['treaty-year']?.attempts, 9);
});
