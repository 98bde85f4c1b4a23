import test, {type ExecutionContext} from 'ava';
import {generatePack} from '../../../source/core/generate/generate-pack.js';
import type {Pack, Question} from '../../../source/core/pack/schema.js';
import {bothnia} from '../../core/generate/fixture.js';
import {clozeGaps} from '../../../source/core/pack/cloze.js';
import {answerKeys, builtInPack, fakeClock, fakeStore, keys, minimalPack, minimalQuestion, okEntry, onlyQuestion, packFromYaml, questionOnScreen, renderApp, reviewRecordDue, type Size} from './helpers.js';

const pack = builtInPack();
const sizes: Size[] = [
	{columns: 40, rows: 12},
	{columns: 80, rows: 24},
];

/** Problems with a frame at a size: too many lines, or lines too wide. */
function overflow(frame: string, {columns, rows}: Size): string[] {
	const lines = frame.split('\n');
	const wide = lines.filter(line => [...line].length > columns).map(line => `wider than ${columns}: ${line}`);
	return [...(lines.length > rows ? [`${lines.length} lines for ${rows} rows`] : []), ...wide];
}

/** What must be on screen to answer: something of the prompt, every option's label, and the keys. */
function essentials(question: Question): RegExp[] {
	const labels = (count: number) => Array.from({length: count}, (_, index) => new RegExp(`(?:^|\\s)${index + 1}\\. `, 'm'));
	const letters = (count: number) => Array.from({length: count}, (_, index) => new RegExp(`^\\s*${String.fromCharCode(97 + index)}\\) `, 'm'));
	const start = new RegExp(question.prompt.split(/\s+/).slice(0, 3).join('\\s+'));
	switch (question.type) {
		case 'choice':
		case 'multi': {
			return [start, ...labels(question.options.length)];
		}
		case 'truefalse': {
			return [start, /True \(t\)/, /False \(f\)/];
		}
		case 'cloze': {
			return [start, ...clozeGaps(question.text).map((_, index) => new RegExp(`\\[${index + 1}\\][\\s\\S]*^\\s*[› ] ${index + 1}\\.`, 'm'))];
		}
		case 'short': {
			return [start, /^\s*›/m];
		}
		case 'order': {
			return [start, ...labels(question.items.length)];
		}
		case 'match': {
			return [start, ...labels(question.pairs.length), ...letters(question.pairs.length)];
		}
	}
}

/** Asks each question at the size, answers it, and checks the question and its feedback fit with the keys shown. */
async function playsAtSize(t: ExecutionContext, packToPlay: Pack, questions: readonly Question[], size: Size) {
	t.true(questions.length > 0);
	for (const question of questions) {
		const view = await renderApp({entries: [okEntry(onlyQuestion(packToPlay, question))], initialPackId: packToPlay.id}, size);
		const asked = view.frame();
		t.deepEqual(overflow(asked, size), [], `${question.id}:\n${asked}`);
		for (const pattern of essentials(question)) t.regex(asked, pattern, question.id);
		t.regex(asked.split('\n').at(-1) ?? '', /quit/, `${question.id}:\n${asked}`);
		await view.press(...answerKeys(question));
		const feedback = await view.frameMatching(/Right|Wrong/);
		t.deepEqual(overflow(feedback, size), [], `${question.id}:\n${feedback}`);
		t.regex(feedback, /[✔✘] (?:Right|Wrong)/);
		t.regex(feedback, /Answer: /);
		t.regex(feedback.split('\n').at(-1) ?? '', /Enter next/, `${question.id}:\n${feedback}`);
		view.unmount();
	}
}

for (const size of sizes) {
	for (const type of ['choice', 'multi', 'truefalse', 'cloze', 'short', 'order', 'match']) {
		test(`${size.columns}×${size.rows}: every ${type} question of the built-in pack and its feedback fit, with the keys shown`, async t => {
			await playsAtSize(t, pack, pack.questions.filter(question => question.type === type), size);
		});
	}
	test(`${size.columns}×${size.rows}: every question generated from facts plays and fits`, async t => {
		const generated = generatePack(bothnia(), {seed: 5}).pack;
		await playsAtSize(t, generated, generated.questions, size);
	});
}

test('a 300-character prompt at 40×12 is cut with "…", and the options and keys stay', async t => {
	const prompt = `Which of these ${'very long and winding words '.repeat(11)}is right?`;
	const long = packFromYaml(
		`format: factdrill/pack@1\nid: long\ntitle: Long\nquestions:\n  - id: q\n    type: choice\n    prompt: ${prompt}\n    options: [Alpha, Beta, Gamma, Delta]\n    answer: Beta\n`,
	);
	t.true(prompt.length >= 300);
	const view = await renderApp({entries: [okEntry(long)], initialPackId: 'long'}, {columns: 40, rows: 12});
	const frame = view.frame();
	t.deepEqual(overflow(frame, {columns: 40, rows: 12}), []);
	t.regex(frame, /^1\/1 Which of these/m);
	t.regex(frame, /…$/m);
	for (const option of ['Alpha', 'Beta', 'Gamma', 'Delta']) t.true(frame.includes(option), frame);
	t.regex(frame.split('\n').at(-1) ?? '', /1–4\/↑↓ Enter · \^T hint · q quit/);
});

test('a resize from 80×24 to 40×12 lays the screen out again, and back', async t => {
	const question = pack.questions.find(candidate => candidate.id === 'treaty-tokyo-renounced-claims')!;
	const view = await renderApp({entries: [okEntry(onlyQuestion(pack, question))], initialPackId: pack.id});
	t.true(view.frame().includes('Question 1/1'));
	await view.resize({columns: 40, rows: 12});
	const small = await view.frameMatching(/^1\/1 /m);
	t.deepEqual(overflow(small, {columns: 40, rows: 12}), [], small);
	t.true(small.includes('Soviet–Japanese Joint Declaration'), small);
	await view.resize({columns: 80, rows: 24});
	t.true((await view.frameMatching(/Question 1\/1/)).includes('Question 1/1'));
});

test('at 40×12 the home screen lists what fits and says how many more there are', async t => {
	const entries = Array.from({length: 9}, (_, index) => okEntry({...minimalPack(), id: `pack-${index}`, title: `Pack number ${index}`}));
	const view = await renderApp({entries, notices: ['the progress file was damaged and was moved aside to a backup']}, {columns: 40, rows: 12});
	t.deepEqual(overflow(view.frame(), {columns: 40, rows: 12}), [], view.frame());
	t.regex(view.frame(), /↓ \d+ more/);
	t.true(view.frame().includes('Enter study'));
	await view.press(...Array.from({length: 8}, () => keys.down));
	const bottom = await view.frameMatching(/› Pack number 8/);
	t.deepEqual(overflow(bottom, {columns: 40, rows: 12}), [], bottom);
	t.regex(bottom, /↑ \d+ more/);
});

test('at 40×12 the summary lists the missed questions that fit and counts the rest', async t => {
	const view = await renderApp({entries: [okEntry(pack)], initialPackId: pack.id}, {columns: 40, rows: 12});
	for (let index = 1; index <= 6; index++) {
		// 20 new questions a day; a missed one comes back, so the count can grow.
		const asked = await view.frameMatching(new RegExp(`^${index}/\\d+ (?![✔✘])`, 'm'));
		await view.press(...answerKeys(questionOnScreen(asked, pack.questions)));
		await view.frameMatching(/Right|Wrong/);
		await view.press(keys.enter);
	}
	await view.press('q');
	const frame = await view.frameMatching(/Session summary/);
	t.deepEqual(overflow(frame, {columns: 40, rows: 12}), [], frame);
	t.regex(frame, /Stopped after 6 of 2\d/);
	t.regex(frame.split('\n').at(-1) ?? '', /q quit/);
});

for (const size of sizes) {
	test(`${size.columns}×${size.rows}: a hint, the rating on the feedback and "Nothing due" fit`, async t => {
		const clock = fakeClock();
		const magna = minimalPack();
		const view = await renderApp({entries: [okEntry(onlyQuestion(magna, minimalQuestion('which-king')))], initialPackId: magna.id, now: clock.now}, size);
		await view.press('\u0014');
		const hinted = await view.frameMatching(/Hint: /);
		t.deepEqual(overflow(hinted, size), [], hinted);
		t.regex(hinted, /K___ ____/);
		t.regex(hinted.split('\n').at(-1) ?? '', /quit/, hinted);
		await view.press('King John', keys.enter);
		const feedback = await view.frameMatching(/Right/);
		t.deepEqual(overflow(feedback, size), [], feedback);
		t.regex(feedback, /✔ Right · Hard — next in \d+ min/);
		t.regex(feedback, /u undo · q quit$/);

		const now = clock.now();
		const {store} = fakeStore({[magna.id]: {questions: {'which-king': reviewRecordDue(now + 3 * 3_600_000, now)}, today: {day: '', newDone: 0, reviewsDone: 0}}});
		const nothing = await renderApp({entries: [okEntry(onlyQuestion(magna, minimalQuestion('which-king')))], store, now: clock.now, initialStudyAll: true}, size);
		const frame = await nothing.frameMatching(/Nothing due/);
		t.deepEqual(overflow(frame, size), [], frame);
		t.true(frame.replace(/\s+/g, ' ').includes('Nothing due — next review in 3 h'), frame);
		t.regex(frame.split('\n').at(-1) ?? '', /h home · q quit/);
	});
}
