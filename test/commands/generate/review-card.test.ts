import test from 'ava';
import {formatReviewCard} from '../../../source/commands/generate/review-card.js';
import type {GeneratedQuestion} from '../../../source/core/generate/types.js';
import type {Question, Source} from '../../../source/core/pack/schema.js';

const sources: Source[] = [{id: 'herald', title: 'Straits talks stall', outlet: 'Northwind Herald', published: '2024-03-14'}];
const evidence = {source: 'herald', text: 'Talks on the waterway began in 1998.'};

function card(kind: GeneratedQuestion['kind'], question: Question, edited = false): string {
	return formatReviewCard({kind, question}, {index: 2, total: 38}, sources, edited);
}

test('a choice question: number, kind, prompt, the answer by ✔ and the word, explanation, evidence and source', t => {
	const text = card('when', {id: 'when.talks', type: 'choice', prompt: 'When did talks begin?', options: ['1996', '1998', '2001'], answer: '1998', explanation: 'The article says 1998.', evidence});
	t.is(
		text,
		[
			'',
			'── 3/38 · when · id when.talks',
			'When did talks begin?',
			'',
			'    1996',
			'  ✔ 1998   (answer)',
			'    2001',
			'',
			'Explanation: The article says 1998.',
			'Evidence: “Talks on the waterway began in 1998.”',
			'Source: Northwind Herald, 2024-03-14 — Straits talks stall',
			'',
		].join('\n'),
	);
	t.regex(card('when', {id: 'q', type: 'choice', prompt: 'P', options: ['a', 'b'], answer: 'a'}, true), /^── 3\/38 · when · edited · id q$/m);
});

test('the other types show their answer readably', t => {
	t.regex(card('truefalse', {id: 'q', type: 'truefalse', prompt: 'Talks began in 1998.', answer: true}), /^Answer: true$/m);
	t.regex(card('cloze', {id: 'q', type: 'cloze', prompt: 'Fill in the gap.', text: 'Talks began in {{1998}} in {{Velka|the Velka}}.'}), /^Text: Talks began in \[1998\] in \[Velka \/ the Velka\]\.$/m);
	t.regex(card('order', {id: 'q', type: 'order', prompt: 'Order these.', items: ['first', 'second', 'third']}), /^Right order:\n {2}1\. first\n {2}2\. second\n {2}3\. third$/m);
	t.regex(card('match', {id: 'q', type: 'match', prompt: 'Match.', pairs: [{left: 'Varga', right: 'Aldmark'}, {left: 'Dorn', right: 'Seravia'}]}), /^Pairs:\n {2}Varga → Aldmark\n {2}Dorn → Seravia$/m);
	const multi = card('treaty-parties', {id: 'q', type: 'multi', prompt: 'Who signed?', options: ['A', 'B', 'C'], answers: ['A', 'C']});
	t.regex(multi, /^ {2}✔ A {3}\(answer\)\n {4}B\n {2}✔ C {3}\(answer\)$/m);
	t.regex(card('when', {id: 'q', type: 'short', prompt: 'Year?', answer: '1998', accept: ['in 1998']}), /^Answer: 1998\nAlso accepted: in 1998$/m);
});

test('terminal control sequences in article text never reach the screen', t => {
	const hostile = 'Ilse\u001B[2J Varga\u001B]0;pwned\u0007\u009B31m';
	const text = card('who-said', {
		id: 'q',
		type: 'choice',
		prompt: `Who said it?\u001B[31m`,
		options: [hostile, 'Pavel Dorn'],
		answer: hostile,
		explanation: 'Because\u0007 so',
		evidence: {source: 'herald', text: `\u001B]8;;https://evil.example\u0007link\u001B]8;;\u0007 text`},
	});
	t.false(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/.test(text), JSON.stringify(text));
	t.true(text.includes('✔ Ilse Varga   (answer)'));
});
