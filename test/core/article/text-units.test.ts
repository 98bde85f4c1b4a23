import test from 'ava';
import {textUnits, wrapWidth} from '../../../source/core/article/text-units.js';

const wrapped = [
	'Geneva [Switzerland], March 15 : Seravia is prepared to resume negotiations with Aldmark on the',
	'Velka Straits, its chief negotiator told reporters on Thursday, but only if Aldmark reconsiders its',
	'membership of a regional customs pact.',
	'',
	'Dorn was speaking a day after the foreign minister of Aldmark told her parliament that a treaty on',
	'the waterway remained her aim.',
	'',
	'"We have never closed the door," Dorn said, adding that the position of Seravia on the border had',
	'not changed at all since the autumn.',
	'',
	'  • Home',
	'  • International',
];

test('lines wrapped at a fixed width are joined into paragraphs; list items stay apart', t => {
	t.is(wrapWidth(wrapped), 99);
	const units = textUnits(wrapped.join('\n'));
	t.is(units.length, 5);
	t.is(
		units[0]?.text,
		'Geneva [Switzerland], March 15 : Seravia is prepared to resume negotiations with Aldmark on the Velka Straits, its chief negotiator told reporters on Thursday, but only if Aldmark reconsiders its membership of a regional customs pact.',
	);
	t.deepEqual(
		units.slice(3).map(unit => [unit.text, unit.bullet]),
		[
			['Home', true],
			['International', true],
		],
	);
});

test('a dump with one paragraph a line is not taken for a wrapped one', t => {
	const lines = ['Short title', '', 'A paragraph that runs on for a while but ends here.', '', 'Another one, somewhat shorter.', '', 'Menu'];
	t.is(wrapWidth(lines), null);
	t.is(textUnits(lines.join('\n')).length, 4);
});
