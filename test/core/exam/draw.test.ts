import test from 'ava';
import {drawExam, topicOf} from '../../../source/core/exam/draw.js';
import {resolveExamOptions} from '../../../source/core/exam/exam-options.js';
import {DurationError} from '../../../source/core/exam/duration.js';
import {pack, question, topicQuestions} from './fixture.js';

function countBy<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
	const counts: Record<string, number> = {};
	for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
	return counts;
}

test('a topic is the first tag that is not a kind tag, else the pack', t => {
	const history = pack('history', []);
	t.is(topicOf(question('a', ['who-said', 'treaties', 'people']), history), 'treaties');
	t.is(topicOf(question('b', ['cloze', 'generated']), history), 'Pack history');
	t.is(topicOf(question('c'), history), 'Pack history');
});

test('topics are represented evenly, however unevenly the packs hold them', t => {
	const big = pack('big', [...topicQuestions('treaties', 20), ...topicQuestions('people', 2)]);
	const other = pack('other', [...topicQuestions('dates', 6), ...topicQuestions('treaties', 4)]);
	for (const seed of [1, 2, 3, 99]) {
		const {items, available} = drawExam([big, other], {count: 9, tags: [], seed});
		t.is(available, 32);
		t.is(items.length, 9);
		const counts = countBy(items, item => item.topic);
		// people has only 2: the others share the rest, one apart at most.
		t.is(counts['people'], 2, `seed ${seed}`);
		t.true(Math.abs((counts['treaties'] ?? 0) - (counts['dates'] ?? 0)) <= 1, `seed ${seed}: ${JSON.stringify(counts)}`);
		t.is(new Set(items.map(item => `${item.packId}/${item.question.id}`)).size, 9, 'no question twice');
	}
});

test('the same seed draws the same exam, another seed another', t => {
	const packs = [pack('p', [...topicQuestions('a', 10), ...topicQuestions('b', 10)])];
	const ids = (seed: number) => drawExam(packs, {count: 6, tags: [], seed}).items.map(item => item.question.id);
	t.deepEqual(ids(5), ids(5));
	t.notDeepEqual(ids(5), ids(6));
});

test('tags choose questions by their own tags or their pack\'s, in any case', t => {
	const tagged = pack('tagged', [question('x', ['Treaties']), question('y', ['people'])]);
	const wholePack = pack('whole', [question('z')], {tags: ['treaties']});
	const {items, available} = drawExam([tagged, wholePack], {count: 10, tags: ['treaties'], seed: 1});
	t.is(available, 2);
	t.deepEqual(items.map(item => item.question.id).sort(), ['x', 'z']);
	t.is(drawExam([tagged], {count: 10, tags: ['nothing'], seed: 1}).items.length, 0);
});

test('fewer questions than asked for: all of them, and the count says so', t => {
	const {items, available} = drawExam([pack('p', topicQuestions('a', 3))], {count: 30, tags: [], seed: 1});
	t.is(items.length, 3);
	t.is(available, 3);
});

test('exam settings: the command line, else the first pack, else 30 / 20 min / 70 %', t => {
	const withDefaults = pack('p', [question('q')], {exam: {count: 10, time: '1h', pass: 80}});
	t.deepEqual(resolveExamOptions({}, undefined), {count: 30, timeLimitMs: 20 * 60_000, passMark: 70});
	t.deepEqual(resolveExamOptions({}, withDefaults), {count: 10, timeLimitMs: 3_600_000, passMark: 80});
	t.deepEqual(resolveExamOptions({count: 5, passMark: 50}, withDefaults), {count: 5, timeLimitMs: 3_600_000, passMark: 50});
	t.deepEqual(resolveExamOptions({timeLimitMs: 5000}, pack('q', [question('q')], {exam: {count: 3}})), {count: 3, timeLimitMs: 5000, passMark: 70});
	const broken = pack('broken', [question('q')], {exam: {time: '0'}});
	t.regex(t.throws(() => resolveExamOptions({}, broken), {instanceOf: DurationError}).message, /pack broken: exam\.time/);
});
