import test from 'ava';
import {giftExporter, parseGift} from '../../../../../source/core/pack/formats/gift/index.js';
import {percent} from '../../../../../source/core/pack/formats/gift/write-question.js';
import {packOf} from './gift-test-helpers.js';

test('a pack in GIFT: header, $CATEGORY, then each question with its id and tags comment, ::id:: title and ####explanation', t => {
	const pack = packOf([
		{id: 'capital', type: 'choice', prompt: 'Capital of Kenya?', options: ['Nairobi', 'Mombasa'], answer: 'Nairobi', explanation: 'Since 1907.', tags: ['africa', 'cities']},
		{id: 'founders', type: 'multi', prompt: 'Founders of the EEC?', options: ['Italy', 'Spain', 'Belgium'], answers: ['Italy', 'Belgium']},
		{id: 'tf', type: 'truefalse', prompt: 'Malta is in the EU.', answer: true},
		{id: 'first-president', type: 'short', prompt: 'First US president?', answer: 'George Washington', accept: ['Washington']},
		{id: 'wall', type: 'short', prompt: 'Year the Wall fell?', answer: '1989', tolerance: 0},
		{id: 'pi', type: 'short', prompt: 'Pi?', answer: '3.14', tolerance: 0.01, explanation: 'Close enough.'},
		{id: 'capitals', type: 'match', prompt: 'Match.', pairs: [{left: 'Peru', right: 'Lima'}, {left: 'Chile', right: 'Santiago'}]},
		{id: 'gap', type: 'cloze', prompt: 'Fill in the gap.', text: 'The wall fell in {{1989|89}} in Berlin.'},
		{id: 'timeline', type: 'order', prompt: 'Order.', items: ['a', 'b', 'c']},
		{id: 'gaps', type: 'cloze', prompt: 'Fill in.', text: '{{a}} and {{b}}'},
	]);
	const {text, skipped} = giftExporter.write(pack);
	t.is(
		text,
		`// Sample questions
// factdrill pack "sample" in Moodle's GIFT format: 8 of 10 questions

$CATEGORY: sample

// [id:capital] [tag:africa] [tag:cities]
::capital::Capital of Kenya?{
	=Nairobi
	~Mombasa
	####Since 1907.
}

// [id:founders]
::founders::Founders of the EEC?{
	~%50%Italy
	~%-100%Spain
	~%50%Belgium
}

// [id:tf]
::tf::Malta is in the EU.{TRUE}

// [id:first-president]
::first-president::First US president?{
	=George Washington
	=Washington
}

// [id:wall]
::wall::Year the Wall fell?{#1989}

// [id:pi]
::pi::Pi?{#3.14:0.01####Close enough.}

// [id:capitals]
::capitals::Match.{
	=Peru -> Lima
	=Chile -> Santiago
}

// [id:gap]
::gap::The wall fell in {=1989 =89} in Berlin.
`,
	);
	t.deepEqual(skipped, [
		{id: 'timeline', reason: 'GIFT has no ordering questions'},
		{id: 'gaps', reason: "GIFT's missing word has one gap; this cloze has 2"},
	]);
	t.is(giftExporter.extension, 'gift');
});

test('multiple-answer weights are ones Moodle accepts: right answers share 100%, wrong ones -100%', t => {
	const accepted = new Set(['100', '90', '83.33333', '80', '75', '70', '66.66667', '60', '50', '40', '33.33333', '30', '25', '20', '16.66667', '14.28571', '12.5', '11.11111', '10', '5']);
	for (let count = 1; count <= 8; count++) {
		t.true(accepted.has(percent(100 / count)), `1/${count}`);
		const negative = percent(-100 / count);
		t.true(negative.startsWith('-') && accepted.has(negative.slice(1)), `-1/${count}`);
	}
	const options = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
	const {text} = giftExporter.write(packOf([{id: 'm', type: 'multi', prompt: 'Pick.', options, answers: ['a', 'b', 'c']}]));
	t.regex(text, /~%33\.33333%a\n\t~%33\.33333%b\n\t~%33\.33333%c\n\t~%-25%d\n/);
});

test('special characters are escaped, line breaks written \\n, and a leading "[" or "%" guarded so Moodle reads them as text', t => {
	const pack = packOf([
		{id: 'odd', type: 'choice', prompt: '[plain] a {b} = c?\nNext: #1 ~ \\', options: ['%50% off', '[html]x'], answer: '[html]x', explanation: '[x]'},
		{id: 'typed', type: 'short', prompt: 'P?', answer: '%5', accept: ['a=b']},
	]);
	const {text} = giftExporter.write(pack);
	t.true(text.includes('::odd::[moodle][plain] a \\{b\\} \\= c?\\nNext\\: \\#1 \\~ \\\\{\n\t~%0%%50% off\n\t=[moodle][html]x\n\t####[moodle][x]\n}'), text);
	t.true(text.includes('::typed::P?{\n\t=%100%%5\n\t=a\\=b\n}'), text);
	t.deepEqual(parseGift(text).questions.map(question => question.prompt), ['[plain] a {b} = c?\nNext: #1 ~ \\', 'P?']);
});

test('a cloze whose gap ends the text gets an escaped line break after the block, so Moodle still makes it a missing word', t => {
	const {text} = giftExporter.write(packOf([{id: 'end', type: 'cloze', prompt: 'Fill in the year.', text: 'The wall fell in {{1989}}'}]));
	t.true(text.endsWith('// [id:end] [prompt:Fill in the year.]\n::end::The wall fell in {=1989}\\n\n'), text);
});

test('a numeric answer with alternatives is a numerical question with several 100% answers', t => {
	const {text} = giftExporter.write(packOf([{id: 'n', type: 'short', prompt: 'N?', answer: '7', accept: ['7.5'], tolerance: 0.5}]));
	t.true(text.includes('::n::N?{#\n\t=7:0.5\n\t=7.5:0.5\n}'), text);
});

test('questions GIFT cannot hold are skipped with the reason', t => {
	const pack = packOf([
		{id: 'arrow', type: 'short', prompt: 'P?', answer: 'a -> b'},
		{id: 'left-arrow', type: 'match', prompt: 'P?', pairs: [{left: 'a->b', right: 'c'}, {left: 'd', right: 'e'}]},
		{id: 'not-number', type: 'short', prompt: 'P?', answer: 'about 7', tolerance: 1},
		{id: 'empty-gap', type: 'cloze', prompt: 'P?', text: 'An {{}} gap.'},
		{id: 'fine', type: 'truefalse', prompt: 'P.', answer: false},
	]);
	t.deepEqual(giftExporter.write(pack).skipped, [
		{id: 'arrow', reason: 'the answer "a -> b" holds "->", which GIFT reads as a matching question'},
		{id: 'left-arrow', reason: 'the left-hand item "a->b" holds "->", which GIFT uses between the two sides'},
		{id: 'not-number', reason: '"about 7" is not a number, and a GIFT numerical question takes only numbers'},
		{id: 'empty-gap', reason: 'the cloze gap is empty'},
	]);
});

test('tags with control characters stay on the comment line', t => {
	const {text} = giftExporter.write(packOf([{id: 'q', type: 'truefalse', prompt: 'P.', answer: true, tags: ['two\nlines', 'tab\there']}]));
	t.true(text.includes('// [id:q] [tag:two lines] [tag:tab here]\n::q::'), text);
});
