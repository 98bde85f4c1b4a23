import test from 'ava';
import {formatDuration} from '../../../source/core/text/format-duration.js';

test('time taken reads as seconds, minutes and seconds, or hours and minutes', t => {
	t.is(formatDuration(0), '0s');
	t.is(formatDuration(38_400), '38s');
	t.is(formatDuration(245_000), '4m 05s');
	t.is(formatDuration(65 * 60_000), '1h 05m', 'an hour-long session is not "65m 00s"');
	t.is(formatDuration(-5000), '0s', 'a clock set back shows no negative time');
});
