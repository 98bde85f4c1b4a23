import test from 'ava';
import {DurationError, formatClock, parseDuration} from '../../../source/core/exam/duration.js';

test('durations read as the issue writes them', t => {
	t.is(parseDuration('20m'), 20 * 60_000);
	t.is(parseDuration('1h30m'), 90 * 60_000);
	t.is(parseDuration('90s'), 90_000);
	t.is(parseDuration('45'), 45 * 60_000, 'a bare number is minutes');
	t.is(parseDuration(' 1H 5M 30S '), 3_930_000, 'any case, spaces between the parts');
	t.is(parseDuration('2h'), 7_200_000);
});

test('an unreadable or empty duration is a clear error', t => {
	for (const text of ['', 'abc', '20 minutes', '1.5h', 'm', '-5', '5m1h']) {
		const error = t.throws(() => parseDuration(text), {instanceOf: DurationError}, text);
		t.regex(error.message, /write it like 20m, 1h30m, 90s or 45 \(minutes\)/);
	}
	t.regex(t.throws(() => parseDuration('0m'), {instanceOf: DurationError}).message, /no time/);
	t.regex(t.throws(() => parseDuration('25h'), {instanceOf: DurationError}).message, /longer than a day/);
});

test('the countdown reads as a clock and never shows time that is not left', t => {
	t.is(formatClock(12 * 60_000 + 34_000), '12:34');
	t.is(formatClock(59_001), '1:00', 'a started second still counts');
	t.is(formatClock(5000), '0:05');
	t.is(formatClock(0), '0:00');
	t.is(formatClock(-10), '0:00');
	t.is(formatClock(65 * 60_000), '1:05:00');
});
