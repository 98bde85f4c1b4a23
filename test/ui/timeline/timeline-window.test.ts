import test from 'ava';
import {lastTop, scrollTimeline, timelineWindow} from '../../../source/ui/timeline/timeline-window.js';

test('everything that fits is shown, with no "more" rows', t => {
	t.deepEqual(timelineWindow([3, 3, 3], 0, 9), {start: 0, end: 3, above: false, below: false, room: 9});
});

test('what does not fit is counted below, and above once scrolled', t => {
	t.deepEqual(timelineWindow([3, 3, 3, 3], 0, 8), {start: 0, end: 2, above: false, below: true, room: 7});
	t.deepEqual(timelineWindow([3, 3, 3, 3], 1, 8), {start: 1, end: 3, above: true, below: true, room: 6});
});

test('scrolling down stops once the last item is in view', t => {
	const heights = [3, 3, 3, 3, 3];
	t.is(lastTop(heights, 8), 3);
	let top = 0;
	for (let press = 0; press < 10; press++) top = scrollTimeline(top, 'down', heights, 8);
	t.is(top, 3);
	const window = timelineWindow(heights, top, 8);
	t.is(window.end, 5);
	t.false(window.below);
	t.is(scrollTimeline(0, 'up', heights, 8), 0);
});

test('a page down starts where the page ended; a page up comes back', t => {
	const heights = [2, 2, 2, 2, 2, 2, 2, 2];
	const first = timelineWindow(heights, 0, 8);
	const next = scrollTimeline(0, 'pageDown', heights, 8);
	t.is(next, first.end);
	t.is(scrollTimeline(next, 'pageUp', heights, 8), 0);
});

test('an item taller than the room is shown alone, to be cut to the room', t => {
	t.deepEqual(timelineWindow([20, 3], 0, 10), {start: 0, end: 1, above: false, below: true, room: 9});
	t.is(scrollTimeline(0, 'pageDown', [20, 3], 10), 1);
});
