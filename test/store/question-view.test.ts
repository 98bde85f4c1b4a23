import test from 'ava';
import {answer, later, monday, openStore, temporaryDirectory} from './store-helpers.js';

// A new store reads the file as a table and builds records only when asked: it must look like the records the writer holds.
async function writtenAndRead() {
	const directory = await temporaryDirectory();
	const writer = openStore({directory});
	await writer.record('kuril', answer('treaty-year', monday));
	await writer.record('kuril', answer('treaty-year', later(1), 'again'));
	await writer.record('kuril', answer('constructor', later(2), 'easy'));
	await writer.setSuspended('kuril', 'never-seen', true);
	return {written: writer.read('kuril').questions, read: openStore({directory}).read('kuril').questions};
}

test('questions read back from the file look like a plain record to every way of reading one', async t => {
	const {written, read} = await writtenAndRead();
	t.deepEqual(Object.keys(read), ['treaty-year', 'constructor', 'never-seen']);
	t.deepEqual(read['treaty-year'], written['treaty-year']);
	t.is(read['treaty-year']?.attempts, 2);
	t.is(read['never-seen']?.card.lastReview, undefined, 'a card never reviewed has no lastReview');
	t.true(read['never-seen']?.suspended);
	t.deepEqual(Object.entries(read), Object.entries(written));
	t.deepEqual(Object.values(read), Object.values(written));
	t.deepEqual({...read}, {...written});
	t.is(JSON.stringify(read), JSON.stringify(written));
	t.deepEqual(Object.getOwnPropertyDescriptor(read, 'constructor')?.value, written['constructor']);
	const seen: string[] = [];
	for (const id in read) seen.push(id);
	t.deepEqual(seen, Object.keys(written));
});

test('a question id never finds an object\'s own members, and a missing one is missing', async t => {
	const {read} = await writtenAndRead();
	t.true('constructor' in read);
	t.is(read['constructor']?.card.state, 'review', 'the question called "constructor" is a question');
	t.false('toString' in read);
	t.is(read['toString'], undefined);
	t.false('gone' in read);
	t.is(read['gone'], undefined);
	t.false(Object.hasOwn(read, 'gone'));
});

test('questions read back from the file cannot be changed by accident', async t => {
	const {read} = await writtenAndRead();
	const questions = read as Record<string, unknown>;
	t.throws(() => {
		questions['added'] = read['treaty-year'];
	});
	t.throws(() => {
		delete questions['treaty-year'];
	});
	t.throws(() => Object.defineProperty(questions, 'added', {value: 1}));
	t.deepEqual(Object.keys(read), ['treaty-year', 'constructor', 'never-seen']);
});
