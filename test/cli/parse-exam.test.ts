import test from 'ava';
import {parseCommand, UsageError} from '../../source/cli/arguments.js';

test('exam takes packs and every option; what is not given is left to the pack or the defaults', t => {
	t.deepEqual(parseCommand(['exam']), {
		name: 'exam',
		packs: [],
		count: undefined,
		timeLimitMs: undefined,
		passMark: undefined,
		tags: [],
		seed: undefined,
		countForReview: false,
		json: false,
		packFiles: [],
	});
	t.deepEqual(
		parseCommand(['exam', 'kuril-islands', 'other.yaml', '--count', '30', '--time', '1h30m', '--pass', '70%', '--tags', 'treaties, people', '--tags', 'dates', '--seed', '4', '--count-for-review', '--json', '--pack', 'x.yaml']),
		{
			name: 'exam',
			packs: ['kuril-islands', 'other.yaml'],
			count: 30,
			timeLimitMs: 90 * 60_000,
			passMark: 70,
			tags: ['treaties', 'people', 'dates'],
			seed: 4,
			countForReview: true,
			json: true,
			packFiles: ['x.yaml'],
		},
	);
	t.is((parseCommand(['exam', '--time', '45']) as {timeLimitMs: number}).timeLimitMs, 45 * 60_000, 'a bare number is minutes');
});

test('exam options that cannot be read are usage errors that say what is expected', t => {
	t.throws(() => parseCommand(['exam', '--time', 'soon']), {instanceOf: UsageError, message: /--time: "soon" is not a duration: write it like 20m, 1h30m, 90s or 45/});
	t.throws(() => parseCommand(['exam', '--time', '0']), {instanceOf: UsageError, message: /no time/});
	t.throws(() => parseCommand(['exam', '--count', '0']), {instanceOf: UsageError, message: /--count takes a whole number from 1 to 500/});
	t.throws(() => parseCommand(['exam', '--count', 'ten']), {instanceOf: UsageError, message: /--count/});
	t.throws(() => parseCommand(['exam', '--pass', '120']), {instanceOf: UsageError, message: /--pass takes a percentage from 0 to 100/});
	t.throws(() => parseCommand(['study', '--count', '3']), {instanceOf: UsageError, message: /--count is an option of exam, not of study/});
});
