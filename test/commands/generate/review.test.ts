import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import test from 'ava';
import type {ExecutionContext} from 'ava';
import {parseFacts} from '../../../source/commands/generate/parse-facts.js';
import {runGenerate} from '../../../source/commands/generate/run-generate.js';
import {generatePack} from '../../../source/core/generate/generate-pack.js';
import {checkPack} from '../../../source/core/pack/lint-rules.js';
import type {ChoiceQuestion} from '../../../source/core/pack/schema.js';
import {captureIo} from '../../helpers/capture-io.js';
import {accept, choose, pressCtrlC, replace, replaceRefused, scriptedReviewer, type Step} from './scripted-reviewer.js';

/*
 * --review end to end through runGenerate, with the real inquirer prompts
 * rendered by @inquirer/testing and answered key by key.
 */

const corrected = 'test/fixtures/facts/straits-corrected.yaml';
const {document} = parseFacts(await fs.readFile(corrected, 'utf8'), corrected);
if (!document) throw new Error(`${corrected} should be a valid facts document`);
const generated = generatePack(document, {seed: 1, optionCount: 4}).questions;

async function review(t: ExecutionContext, steps: Step[]) {
	const directory = await fs.mkdtemp(path.join(os.tmpdir(), 'factdrill-review-'));
	t.teardown(() => fs.rm(directory, {recursive: true, force: true}));
	const output = path.join(directory, 'reviewed.yaml');
	const scripted = scriptedReviewer(steps);
	const {io, output: printed} = captureIo(process.cwd());
	const code = await runGenerate([corrected], io, {
		output,
		review: true,
		optionCount: 4,
		force: false,
		interactive: true,
		readStdin: async () => new Uint8Array(),
		reviewer: async () => scripted.reviewer,
	});
	const written = await fs.readFile(output, 'utf8').catch(() => undefined);
	return {code, ...printed, written, ...scripted};
}

test('a teacher keeps one, drops one, edits one: the pack holds the kept and the edited, as edited', async t => {
	const editAt = generated.findIndex((item, index) => index >= 2 && item.question.type === 'choice');
	t.true(editAt >= 2, 'the fixture has a choice question after the first two');
	const target = generated[editAt]?.question as ChoiceQuestion;
	// A wrong option after the first, so the first one's text is "already used above" when typed there.
	const wrong = target.options.findIndex((option, index) => index > 0 && option !== target.answer);
	const count = target.options.length;
	const last = generated.length - 1;
	const steps = [
		choose('keep'),
		choose('drop'),
		...generated.slice(2, editAt).map(() => choose('keep')),
		choose('edit'),
		replace('Prompt:', 'Which minister told the chamber that a straits treaty is still the only way?'),
		...target.options.map((option, index) =>
			index === wrong
				? replaceRefused(`Option ${index + 1}/${count}:`, target.options[0] ?? '', 'already used above', 'Ann Example')
				: accept(`Option ${index + 1}/${count}:`),
		),
		accept('Which option is right?'),
		replace('Explanation (shown after the answer):', 'Edited by the teacher.'),
		choose('keep'),
		...(editAt < last ? [choose(editAt + 1 === last ? 'drop' : 'drop this and all the rest')] : []),
	];
	const {code, stderr, written, printed, remaining} = await review(t, steps);
	t.is(code, 0, stderr);
	t.is(remaining(), 0, 'every scripted step was used');
	t.truthy(written);
	const checked = checkPack(written ?? '', 'reviewed.yaml');
	t.deepEqual(checked.diagnostics.filter(diagnostic => diagnostic.severity === 'error'), []);
	const expectedIds = [generated[0], ...generated.slice(2, editAt + 1)].map(item => item?.question.id);
	t.deepEqual(checked.pack?.questions.map(question => question.id), expectedIds);

	const edited = checked.pack?.questions.at(-1);
	t.like(edited, {
		type: 'choice',
		prompt: 'Which minister told the chamber that a straits treaty is still the only way?',
		answer: target.answer,
		explanation: 'Edited by the teacher.',
	});
	t.deepEqual(edited?.type === 'choice' ? edited.options : [], target.options.map((option, index) => (index === wrong ? 'Ann Example' : option)));
	t.false(written?.includes(generated[1]?.question.id ?? '?'), 'the dropped question is not written');

	const kept = editAt - 1;
	const dropped = generated.length - kept - 1;
	t.true(printed.join('').includes(`kept ${kept}, edited 1, dropped ${dropped}\n`));
	t.regex(written ?? '', new RegExp(`^# Reviewed question by question \\(--review\\); ${kept + 1} kept\\.$`, 'm'));
	t.regex(stderr, new RegExp(`^factdrill: wrote ${kept + 1} questions \\(`));
});

test('each question is shown with its number, kind, answer marked by ✔ and the word, evidence and source', async t => {
	const {printed} = await review(t, [pressCtrlC('Keep this question?')]);
	const first = generated[0];
	const card = printed.find(text => text.includes(`1/${generated.length} · ${first?.kind}`)) ?? '';
	t.true(card.includes(first?.question.prompt ?? '?'), card);
	if (first?.question.type === 'choice') t.regex(card, new RegExp(`✔ ${first.question.answer.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} +\\(answer\\)`));
	t.regex(card, /^Evidence: “.+”$/m);
	t.regex(card, /^Source: Northwind Herald, 2024-03-14 — Aldmark to keep pressing/m);
});

test('after an edit the question is shown again, marked edited', async t => {
	const target = generated[0]?.question;
	t.is(target?.type, 'choice', 'the fixture starts with a choice question');
	const count = target?.type === 'choice' ? target.options.length : 0;
	const {printed} = await review(t, [
		choose('edit'),
		replace('Prompt:', 'A reworded prompt?'),
		...Array.from({length: count}, (_, index) => accept(`Option ${index + 1}/${count}:`)),
		accept('Which option is right?'),
		accept('Explanation (shown after the answer):'),
		pressCtrlC('Keep this question?'),
	]);
	const cards = printed.filter(text => text.includes(`1/${generated.length}`));
	t.is(cards.length, 2);
	t.regex(cards[1] ?? '', /· edited ·/);
	t.regex(cards[1] ?? '', /^A reworded prompt\?$/m);
});

test('Ctrl+C during the review writes nothing and exits 130', async t => {
	const {code, stderr, written} = await review(t, [choose('keep'), pressCtrlC('Keep this question?')]);
	t.is(code, 130);
	t.is(stderr, 'factdrill: review cancelled, nothing written\n');
	t.is(written, undefined);
});

test('Ctrl+C in the middle of an edit writes nothing either', async t => {
	const {code, stderr, written} = await review(t, [choose('edit'), pressCtrlC('Prompt:')]);
	t.is(code, 130);
	t.is(stderr, 'factdrill: review cancelled, nothing written\n');
	t.is(written, undefined);
});

test('dropping every question writes nothing and says so', async t => {
	const {code, stderr, written, printed} = await review(t, [choose('drop this and all the rest')]);
	t.is(code, 1);
	t.is(stderr, 'factdrill: every question was dropped; nothing written\n');
	t.is(written, undefined);
	t.true(printed.join('').includes(`kept 0, edited 0, dropped ${generated.length}\n`));
});

test('"keep this and all the rest" writes every question as generated', async t => {
	const {code, written, printed} = await review(t, [choose('drop'), choose('keep this and all the rest')]);
	t.is(code, 0);
	t.deepEqual(checkPack(written ?? '', 'x.yaml').pack?.questions.map(question => question.id), generated.slice(1).map(item => item.question.id));
	t.true(printed.join('').includes(`kept ${generated.length - 1}, edited 0, dropped 1\n`));
});
