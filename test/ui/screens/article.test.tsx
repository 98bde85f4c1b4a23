import test from 'ava';
import {draftOf, scriptedArticleQuiz} from './article-helpers.js';
import {builtInPack, keys, minimalPack, okEntry, overflow, renderApp, type Size} from './helpers.js';

const kuril = builtInPack();
const made = {...minimalPack(), id: 'made-from-article', title: 'Made from an article'};
const small: Size = {columns: 40, rows: 12};

/** A pipeline that finds the Kuril pack's facts in any path but nope.html, and makes `made` of them. */
function pipeline(hold = false) {
	return scriptedArticleQuiz({
		hold,
		read: spec => (spec === 'nope.html' ? {problem: 'nope.html: no such file'} : draftOf(kuril, spec)),
		create: () => okEntry(made, 'user'),
	});
}

async function openArticle(quiz = pipeline(), size?: Size) {
	const view = await renderApp({entries: [okEntry(kuril)], articleQuiz: quiz.articleQuiz}, size);
	await view.press('a');
	await view.frameMatching(/Enter read it/);
	// The new screen's keys are bound in effects after its first frame; under load that can take a while.
	await view.settle();
	return view;
}

test('the home screen offers "Quiz me on an article" above the packs; a opens it', async t => {
	const quiz = pipeline();
	const view = await renderApp({entries: [okEntry(kuril)], articleQuiz: quiz.articleQuiz});
	const home = view.lines();
	const offer = home.findIndex(line => line.includes('+ Quiz me on an article'));
	t.true(offer >= 0 && offer < home.findIndex(line => line.includes('The Kuril')), view.frame());
	t.regex(view.frame(), /a article · q quit/);
	await view.press('a');
	const frame = await view.frameMatching(/Enter read it/);
	t.regex(frame, /^ Quiz me on an article$/m);
	t.regex(frame, /^ Enter read it · Esc back$/m);
});

test('↑ to the offer and Enter opens it too', async t => {
	const view = await renderApp({entries: [okEntry(kuril)], articleQuiz: pipeline().articleQuiz});
	await view.press(keys.up, keys.up);
	t.regex(await view.frameMatching(/› \+ Quiz/), /› \+ Quiz me on an article/);
	await view.press(keys.enter);
	t.regex(await view.frameMatching(/Enter read it/), /Quiz me on an article/);
});

test('Enter shows a spinner and the step being done, with the typed path kept in view', async t => {
	const quiz = pipeline(true);
	const view = await openArticle(quiz);
	await view.press('~/news/varen.html');
	t.regex(await view.frameMatching(/varen\.html/), /^ › ~\/news\/varen\.html/m);
	await view.press(keys.enter);
	const reading = await view.frameMatching(/Reading/);
	t.regex(reading, /^ [⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏] Reading ~\/news\/varen\.html…$/m);
	t.regex(reading, /^ › ~\/news\/varen\.html$/m);
	quiz.release();
	await view.frameMatching(/Facts found/);
	t.deepEqual(quiz.reads, ['~/news/varen.html']);
});

test('a problem is shown with its reason and the path kept, to be corrected', async t => {
	const quiz = pipeline();
	const view = await openArticle(quiz);
	await view.press('nope.html', keys.enter);
	const failed = await view.frameMatching(/✘/);
	t.regex(failed, /^ ✘ nope\.html: no such file$/m);
	t.regex(failed, /^ › nope\.html$/m);
	t.regex(failed, /Enter read it · Esc back/);
	await view.press(...Array.from({length: 9}, () => keys.backspace), 'news/varen.html', keys.enter);
	await view.frameMatching(/Facts found/);
	t.deepEqual(quiz.reads, ['nope.html', 'news/varen.html']);
});

test('Enter with nothing typed asks for a path and reads nothing', async t => {
	const quiz = pipeline();
	const view = await openArticle(quiz);
	await view.press('  ', keys.enter);
	t.regex(await view.frameMatching(/✘/), /✘ type the path of an article file or a web address first/);
	t.deepEqual(quiz.reads, []);
});

test('a path and Enter arriving in one read (a paste) are read whole', async t => {
	const quiz = pipeline();
	const view = await openArticle(quiz);
	await view.press('news/varen.html\r');
	await view.frameMatching(/Facts found/);
	t.deepEqual(quiz.reads, ['news/varen.html']);
});

test('the quick look lists the facts found as a timeline, with counts, and scrolls', async t => {
	const view = await openArticle();
	await view.press('news/varen.html', keys.enter);
	const look = await view.frameMatching(/Facts found/);
	t.regex(look, /^ Facts found in the article$/m);
	t.regex(look, /^ 12 quotes · 4 dates · 2 treaties · 3 people$/m);
	t.regex(look, /^ 1945 {9}The four southernmost islands/m);
	t.regex(look.split('\n').at(-1) ?? '', /Enter make questions and study · q back/);
	t.deepEqual(overflow(look, {columns: 80, rows: 24}), [], look);
	await view.settle();
	await view.press(keys.down);
	t.regex(await view.frameMatching(/↑ 1 more/), /^ 1951 /m);
});

test('Enter in the quick look makes the questions and studies the new pack at once; home lists it as yours', async t => {
	const quiz = pipeline(true);
	const view = await openArticle(quiz);
	await view.press('news/varen.html', keys.enter);
	await view.frameMatching(/Reading/);
	quiz.release();
	await view.frameMatching(/Facts found/);
	await view.press(keys.enter);
	const writing = await view.frameMatching(/Writing questions/);
	t.regex(writing, /^ [⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏] Writing questions…$/m);
	t.regex(writing, /Facts found in the article/);
	quiz.release();
	const question = await view.frameMatching(/Question 1\//);
	t.regex(question, /Question 1\/7 .*Made from an article/);
	t.is(quiz.creates.length, 1);
	t.is(quiz.creates[0]?.seed, 1);
	t.deepEqual([...(quiz.creates[0]?.takenIds ?? [])], ['kuril-islands']);
	await view.press('q');
	await view.frameMatching(/Session summary/);
	await view.press('h');
	const home = await view.frameMatching(/Enter study/);
	t.regex(home, /Made from an article\n\s+0 due · 7 new · 7 questions · 0 mastered · yours/);
});

test('a pack that cannot be made sends the learner back to the path with the reason', async t => {
	const quiz = scriptedArticleQuiz({read: spec => draftOf(kuril, spec), create: () => ({problem: 'news/varen.html: no questions could be made from its facts'})});
	const view = await openArticle(quiz);
	await view.press('news/varen.html', keys.enter);
	await view.frameMatching(/Facts found/);
	await view.press(keys.enter);
	const failed = await view.frameMatching(/✘/);
	t.regex(failed, /✘ news\/varen\.html: no questions could be made from its facts/);
	t.regex(failed, /^ › news\/varen\.html$/m);
});

test('q in the quick look goes back to the path; Esc there goes home', async t => {
	const view = await openArticle();
	await view.press('news/varen.html', keys.enter);
	await view.frameMatching(/Facts found/);
	await view.press('q');
	t.regex(await view.frameMatching(/Enter read it/), /^ › news\/varen\.html$/m);
	// q is a letter in the field: only Esc leaves.
	await view.press('q');
	t.regex(await view.frameMatching(/varen\.htmlq/), /› news\/varen\.htmlq/);
	await view.press(keys.escape);
	t.regex(await view.frameMatching(/Enter study · f facts/), /› The Kuril/);
	t.false(view.exited());
});

for (const size of [small, {columns: 80, rows: 24}]) {
	test(`${size.columns}×${size.rows}: every step of the article screen fits, with its keys or its step shown last`, async t => {
		const quiz = scriptedArticleQuiz({
			hold: true,
			read: spec => (spec.endsWith('nope.html') ? {problem: `${spec}: no such file`} : draftOf(kuril, spec)),
			create: () => okEntry(made, 'user'),
		});
		const view = await openArticle(quiz, size);
		const last = (frame: string) => frame.split('\n').at(-1) ?? '';
		const long = `/home/learner/${'very-long-folder-name/'.repeat(5)}nope.html`;
		await view.press(long, keys.enter);
		const reading = await view.frameMatching(/Reading/);
		t.deepEqual(overflow(reading, size), [], reading);
		quiz.release();
		const failed = await view.frameMatching(/✘/);
		t.deepEqual(overflow(failed, size), [], failed);
		t.regex(last(failed), /Enter read it · Esc back/);
		await view.press(...Array.from({length: 9}, () => keys.backspace), 'varen.html', keys.enter);
		await view.frameMatching(/Reading/);
		quiz.release();
		const look = await view.frameMatching(/Facts found/);
		t.deepEqual(overflow(look, size), [], look);
		t.regex(last(look), /q back/);
		await view.press(keys.enter);
		const writing = await view.frameMatching(/Writing questions/);
		t.deepEqual(overflow(writing, size), [], writing);
		t.regex(last(writing), /Writing questions…/);
		quiz.release();
		await view.frameMatching(/1\/7/);
	});
}

test('text from the article and the pipeline reaches the screen without escape sequences', async t => {
	const hostile = '\u001B[2JShady\u001B]0;pwned\u0007 text\u0007';
	const quiz = scriptedArticleQuiz({read: () => ({problem: `${hostile} problem`})});
	const view = await openArticle(quiz);
	await view.press('x', keys.enter);
	t.regex(await view.frameMatching(/✘/), /✘ Shady text problem/);
	for (const raw of view.frames) {
		t.false(raw.includes('\u001B[2J'), JSON.stringify(raw));
		t.false(raw.includes('\u001B]'), JSON.stringify(raw));
		t.false(raw.includes('pwned'), JSON.stringify(raw));
	}
});

test('with no packs yet the offer is chosen, and Enter opens it', async t => {
	const view = await renderApp({entries: [], articleQuiz: pipeline().articleQuiz});
	t.regex(view.frame(), /› \+ Quiz me on an article/);
	await view.press(keys.enter);
	t.regex(await view.frameMatching(/Enter read it/), /Quiz me on an article/);
});

test('a resize lays the quick look out again', async t => {
	const view = await openArticle();
	await view.press('news/varen.html', keys.enter);
	await view.frameMatching(/Facts found/);
	await view.resize(small);
	const narrow = await view.frameMatching(/^1945 event: /m);
	t.deepEqual(overflow(narrow, small), [], narrow);
	t.regex(narrow.split('\n').at(-1) ?? '', /q back/);
});
