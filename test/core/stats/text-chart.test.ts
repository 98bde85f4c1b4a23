import test from 'ava';
import {columnChart, horizontalBar} from '../../../source/core/stats/text-chart.js';

test('a horizontal bar is in eighths of a column, and a non-zero value always shows', t => {
	t.is(horizontalBar(10, 10, 4), '████');
	t.is(horizontalBar(5, 10, 4), '██');
	t.is(horizontalBar(1, 10, 4), '▍');
	t.is(horizontalBar(1, 1000, 4), '▏');
	t.is(horizontalBar(0, 10, 4), '');
	t.is(horizontalBar(3, 0, 4), '');
});

test('a column chart shows the scale, a baseline, and the end labels', t => {
	const {lines, shown} = columnChart([0, 2, 4, 8], {height: 2, width: 40, firstLabel: 'Mon', lastLabel: 'today'});
	t.is(shown, 4);
	t.deepEqual(lines, ['8 ┤      █', '  ┤  ▄ █ █', '0 └────────', '     today']);
	const wider = columnChart([1, 0, 0, 0, 0, 0, 1], {height: 1, width: 40, firstLabel: 'Mon', lastLabel: 'today'});
	t.deepEqual(wider.lines, ['1 ┤█           █', '0 └──────────────', '   Mon     today']);
});

test('a column chart narrows its bars, then drops the oldest, to fit', t => {
	const values = Array.from({length: 30}, (_, index) => index);
	t.is(columnChart(values, {height: 4, width: 80, firstLabel: 'a', lastLabel: 'b'}).shown, 30);
	const narrow = columnChart(values, {height: 4, width: 36, firstLabel: 'a', lastLabel: 'b'});
	t.is(narrow.shown, 30);
	t.true(narrow.lines.every(line => [...line].length <= 36), narrow.lines.join('\n'));
	const tiny = columnChart(values, {height: 4, width: 20, firstLabel: 'a', lastLabel: 'b'});
	t.is(tiny.shown, 16);
	t.true(tiny.lines.every(line => [...line].length <= 20), tiny.lines.join('\n'));
	t.regex(tiny.lines[0] ?? '', /^29 ┤/);
});
