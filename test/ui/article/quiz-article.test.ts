import {existsSync} from 'node:fs';
import fs from 'node:fs/promises';
import http from 'node:http';
import type {AddressInfo} from 'node:net';
import os from 'node:os';
import path from 'node:path';
import test, {type ExecutionContext} from 'ava';
import {articleQuiz, resolveInput, type ArticleDraft, type ArticleProblem} from '../../../source/commands/quiz-article/quiz-article.js';
import {checkPack} from '../../../source/core/pack/lint-rules.js';
import type {PackEntry} from '../../../source/core/pack/load.js';
import {factsFormat} from '../../../source/core/pack/schema.js';

/*
 * The real pipeline — reading, extraction, the question generator, the
 * packs folder — on an article written for these tests.
 */

const fixture = 'test/fixtures/articles/lake-varen-accord.html';

async function tempHome(t: ExecutionContext): Promise<string> {
	const home = await fs.mkdtemp(path.join(os.tmpdir(), 'factdrill-article-'));
	t.teardown(() => fs.rm(home, {recursive: true, force: true}));
	return home;
}

function quizIn(home: string) {
	const steps: string[] = [];
	const quiz = articleQuiz({cwd: process.cwd(), env: {FACTDRILL_HOME: home}, homeDirectory: path.resolve('test/fixtures')});
	return {quiz, steps, onStep: (label: string) => void steps.push(label)};
}

function draftOf(result: ArticleDraft | ArticleProblem): ArticleDraft {
	if ('problem' in result) throw new Error(result.problem);
	return result;
}

function packOf(result: PackEntry | ArticleProblem) {
	if ('problem' in result || result.status !== 'ok') throw new Error(JSON.stringify(result));
	return {file: result.file, pack: result.pack, origin: result.origin};
}

test('an article becomes a checked pack in the packs folder, step by step', async t => {
	const home = await tempHome(t);
	const {quiz, steps, onStep} = quizIn(home);
	const draft = draftOf(await quiz.read(fixture, onStep));
	t.deepEqual(steps, [`Reading ${fixture}`, 'Finding facts']);
	t.is(draft.origin, path.resolve(fixture));
	const {facts} = draft.document;
	t.true(facts.some(fact => fact.type === 'quote' && fact.speaker === 'Helena Varga'), JSON.stringify(facts));
	t.true(facts.some(fact => fact.type === 'treaty' && fact.name.includes('Treaty of Merin') && fact.year === 1962), JSON.stringify(facts));
	t.false(existsSync(path.join(home, 'packs')), 'reading writes nothing');

	const {file, pack, origin} = packOf(await quiz.createPack(draft, {seed: 7, takenIds: new Set()}, onStep));
	t.deepEqual(steps.slice(2), ['Writing questions']);
	t.is(origin, 'user');
	t.is(path.dirname(file), path.join(home, 'packs'));
	t.is(path.basename(file), `${pack.id}.yaml`);
	const text = await fs.readFile(file, 'utf8');
	t.regex(text, /^# Questions made by factdrill from the article "Ostrava and Belmark sign water-sharing pact for Lake Varen"/);
	const checked = checkPack(text, file);
	t.deepEqual(checked.diagnostics.filter(diagnostic => diagnostic.severity === 'error'), []);
	t.is(checked.pack?.id, pack.id);
	t.true(pack.questions.length > 0);
});

test('an existing file is never overwritten, and an id already loaded is not reused', async t => {
	const first = await tempHome(t);
	const {quiz, onStep} = quizIn(first);
	const draft = draftOf(await quiz.read(fixture, onStep));
	const {pack} = packOf(await quiz.createPack(draft, {seed: 1, takenIds: new Set()}, onStep));

	const home = await tempHome(t);
	await fs.mkdir(path.join(home, 'packs'));
	const existing = path.join(home, 'packs', `${pack.id}.yaml`);
	await fs.writeFile(existing, 'someone else: keep me\n');
	const other = quizIn(home);
	const again = packOf(await other.quiz.createPack(draft, {seed: 1, takenIds: new Set()}, onStep));
	t.is(again.file, path.join(home, 'packs', `${pack.id}-2.yaml`));
	t.is(await fs.readFile(existing, 'utf8'), 'someone else: keep me\n');

	const third = packOf(await other.quiz.createPack(draft, {seed: 1, takenIds: new Set([pack.id, `${pack.id}-2`])}, onStep));
	t.is(third.pack.id, `${pack.id}-3`);
	t.is(third.file, path.join(home, 'packs', `${pack.id}-3.yaml`));
});

test('~ is the home folder and quotes around a dropped file are ignored', async t => {
	const {quiz, onStep} = quizIn(await tempHome(t));
	const draft = draftOf(await quiz.read(`'~/articles/lake-varen-accord.html'`, onStep));
	t.is(draft.origin, path.resolve(fixture));
	t.is(resolveInput('~', '/work', '/home/learner'), '/home/learner');
	t.is(resolveInput('news/a.html', '/work', '/home/learner'), '/work/news/a.html');
	t.is(resolveInput('"/tmp/with space.html"', '/work', '/home/learner'), '/tmp/with space.html');
	t.is(resolveInput('https://example.org/~news', '/work', '/home/learner'), 'https://example.org/~news');
});

/** Problems are reported, naming the input as typed, and nothing is written. */
async function problemFor(t: ExecutionContext, spec: string, cwd = process.cwd()): Promise<string> {
	const home = await tempHome(t);
	const quiz = articleQuiz({cwd, env: {FACTDRILL_HOME: home}});
	const result = await quiz.read(spec, () => {});
	t.false(existsSync(path.join(home, 'packs')));
	if (!('problem' in result)) throw new Error(`${spec} was read without a problem`);
	return result.problem;
}

test('a file that is missing, a folder, empty or has no facts is a problem with its reason', async t => {
	const folder = await tempHome(t);
	await fs.writeFile(path.join(folder, 'empty.txt'), '');
	await fs.writeFile(path.join(folder, 'plain.txt'), 'the weather was mild and the garden grew slowly all summer long\n');
	t.is(await problemFor(t, 'nope.html'), 'nope.html: no such file');
	t.is(await problemFor(t, 'test/fixtures'), 'test/fixtures: is a folder, not an article');
	t.is(await problemFor(t, 'empty.txt', folder), 'empty.txt: is empty');
	t.is(await problemFor(t, 'plain.txt', folder), 'plain.txt: no facts found in it — no quotes, dates, treaties or people');
	t.regex(await problemFor(t, '-'), /^-: standard input is this terminal here/);
});

test('a web address the server does not have is a problem naming the status', async t => {
	const server = http.createServer((_request, response) => {
		response.writeHead(404, {'content-type': 'text/html'});
		response.end('<p>gone</p>');
	});
	await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
	t.teardown(() => server.close());
	const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/news/varen`;
	t.is(await problemFor(t, url), `${url}: the server answered 404 Not Found`);
});

test('facts that give no question are a problem, and nothing is written', async t => {
	const home = await tempHome(t);
	const {quiz, onStep} = quizIn(home);
	const draft: ArticleDraft = {
		name: 'thin.txt',
		origin: '/tmp/thin.txt',
		document: {format: factsFormat, sources: [{id: 's', title: 'Thin'}], facts: [{id: 'p', type: 'person', source: 's', name: 'Anna Kerr', roles: [], aliases: []}]},
	};
	t.deepEqual(await quiz.createPack(draft, {seed: 1, takenIds: new Set()}, onStep), {problem: 'thin.txt: no questions could be made from its facts'});
	t.false(existsSync(path.join(home, 'packs')));
});
