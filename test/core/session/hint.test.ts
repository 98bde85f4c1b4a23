import test from 'ava';
import type {Question, Source} from '../../../source/core/pack/schema.js';
import {maskAnswer, questionHint} from '../../../source/core/session/hint.js';

const sources: Source[] = [{id: 'herald', title: 'Straits talks stall again', outlet: 'Northwind Herald'}];
const base = {id: 'q', prompt: 'Which?'};

test('a choice rules out one wrong option, never the answer', t => {
	const question: Question = {...base, type: 'choice', options: ['Runnymede', 'Windsor', 'London', 'York'], answer: 'Runnymede'};
	for (const seed of [1, 2, 3, 4, 5, 6]) {
		const hint = questionHint(question, sources, seed)!;
		t.regex(hint, /^not “(Windsor|London|York)”$/);
	}
});

test('a choice of two shows the shape of the answer instead of ruling out the other', t => {
	const question: Question = {...base, type: 'choice', options: ['Runnymede', 'Windsor'], answer: 'Runnymede'};
	t.is(questionHint(question, sources, 1), 'the answer looks like R________ (9 letters)');
});

test('typed answers: the first letter, the length and the word breaks', t => {
	t.is(maskAnswer('King John'), 'K___ ____ (8 letters)');
	t.is(maskAnswer('1215'), '1___ (4 digits)');
	t.is(questionHint({...base, type: 'short', answer: 'King John', accept: []}, sources, 1), 'the answer looks like K___ ____ (8 letters)');
	const cloze: Question = {...base, type: 'cloze', text: 'Sealed at {{Runnymede}} in {{1215}}.'};
	t.is(questionHint(cloze, sources, 1), '1. R________ (9 letters) · 2. 1___ (4 digits)');
});

test('true/false names where the evidence is; with no evidence there is no hint', t => {
	const question: Question = {...base, type: 'truefalse', answer: true, evidence: {source: 'herald', text: 'Talks stalled.'}};
	t.is(questionHint(question, sources, 1), 'the evidence is in Northwind Herald: “Straits talks stall again”');
	t.is(questionHint({...base, type: 'truefalse', answer: true}, sources, 1), undefined);
});

test('order gives the first item; match one pair; multi how many are right', t => {
	t.is(questionHint({...base, type: 'order', items: ['one', 'two', 'three']}, sources, 1), 'first comes “one”');
	const match = questionHint({...base, type: 'match', pairs: [{left: 'A', right: '1'}, {left: 'B', right: '2'}]}, sources, 1);
	t.regex(match!, /^“A” goes with “1”$|^“B” goes with “2”$/);
	const multi = questionHint({...base, type: 'multi', options: ['a', 'b', 'c'], answers: ['a', 'b']}, sources, 1);
	t.is(multi, '2 of the 3 are right; not “c”');
});
