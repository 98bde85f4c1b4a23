import test from 'ava';
import {editedQuestionProblems} from '../../../source/commands/generate/edit-question.js';
import {reviewQuestions} from '../../../source/commands/generate/review.js';
import type {ClozeQuestion, Source} from '../../../source/core/pack/schema.js';
import {accept, choose, replace, scriptedReviewer} from './scripted-reviewer.js';

const sources: Source[] = [{id: 'herald', title: 'Straits talks stall'}];
const cloze: ClozeQuestion = {
	id: 'cloze.talks',
	type: 'cloze',
	prompt: 'Fill in the gap.',
	text: 'Talks on the waterway began in {{1998}}.',
	evidence: {source: 'herald', text: 'Talks on the waterway began in 1998.'},
};

test('an edited question is checked by the schema and the lint rules', t => {
	const context = {sources, facts: []};
	t.deepEqual(editedQuestionProblems(cloze, context), []);
	t.deepEqual(editedQuestionProblems({...cloze, text: 'Talks began in 1998.'}, context), ['text has no gap: mark each answer as {{answer}}']);
	t.deepEqual(editedQuestionProblems({...cloze, evidence: {source: 'gazette', text: 'x'}}, context), [
		'evidence.source "gazette" is not one of the pack\'s sources (known: "herald")',
	]);
	t.deepEqual(editedQuestionProblems({id: 'q', type: 'choice', prompt: 'P', options: ['a', 'b'], answer: 'c'}, context), ['answer "c" is not one of the options']);
	t.deepEqual(editedQuestionProblems({...cloze, prompt: ' '}, context), ['prompt: must not be empty']);
});

test('an edit that breaks the question is shown with the reason and edited again', async t => {
	const {reviewer, printed, remaining} = scriptedReviewer([
		choose('edit'),
		accept('Prompt:'),
		replace(/^Text/, 'Talks on the waterway began in 1998.'),
		accept('Explanation (shown after the answer):'),
		accept('Prompt:'),
		replace(/^Text/, 'Talks on the {{waterway|straits}} began in 1998.'),
		replace('Explanation (shown after the answer):', 'The article dates the talks to 1998.'),
		choose('keep'),
	]);
	const outcome = await reviewQuestions([{kind: 'cloze', question: cloze}], {sources, facts: []}, reviewer);
	t.is(remaining(), 0);
	t.true(printed.join('').includes('✘ text has no gap: mark each answer as {{answer}}\nPlease edit it again.\n'));
	t.like(outcome, {kept: 0, edited: 1, dropped: 0});
	t.deepEqual(outcome.questions[0]?.question, {...cloze, text: 'Talks on the {{waterway|straits}} began in 1998.', explanation: 'The article dates the talks to 1998.'});
});
