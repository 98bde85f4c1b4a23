import test from 'ava';
import {questionLine} from '../../../source/ui/format.js';
import {fakeClock, keys, minimalPack, minimalQuestion, okEntry, onlyQuestion, packFromYaml, questionOnScreen, renderApp} from './helpers.js';

const pack = minimalPack();
// Two typed questions, so either can be answered right or wrong by typing.
const twoTyped = {...pack, questions: [minimalQuestion('which-king'), minimalQuestion('sealed-year')]};
const rightAnswer: Record<string, string> = {'which-king': 'King John', 'sealed-year': '1215'};

/**
 * Answers the first question wrongly and the second rightly; the missed one
 * comes back (its next learning step is a minute away) and is answered
 * rightly, 65 s after the start. Returns the missed one.
 */
async function playTwo() {
	const clock = fakeClock();
	const view = await renderApp({entries: [okEntry(twoTyped)], initialPackId: pack.id, now: clock.now});
	const shownFirst = (frame: string) => questionOnScreen(frame, twoTyped.questions);
	const missed = shownFirst(await view.frameMatching(/Question 1\/2/));
	await view.press('nobody', keys.enter);
	await view.frameMatching(/Wrong/);
	await view.press(keys.enter);
	const second = shownFirst(await view.frameMatching(/Question 2\/3/));
	await view.press(rightAnswer[second.id]!, keys.enter);
	await view.frameMatching(/Right/);
	await view.press(keys.enter);
	const again = shownFirst(await view.frameMatching(/Question 3\/3/));
	await view.press(rightAnswer[again.id]!, keys.enter);
	await view.frameMatching(/Right/);
	clock.advance(65_000);
	await view.press(keys.enter);
	await view.frameMatching(/Session summary/);
	return {view, missed, again};
}

test('a missed question is asked again in the same session', async t => {
	const {missed, again} = await playTwo();
	t.is(again.id, missed.id);
});

test('after the last question: score, time from the clock, and the missed question with its answer', async t => {
	const {view, missed} = await playTwo();
	const frame = view.frame();
	t.true(frame.includes('Session summary'), frame);
	t.true(frame.includes('Score: 2/3 (67%)'), frame);
	t.true(frame.includes('Time: 1m 05s'), frame);
	t.true(frame.includes('Missed (1):'), frame);
	t.true(frame.includes(`✘ ${questionLine(missed)}`), frame);
	t.true(frame.includes(`→ ${rightAnswer[missed.id] === '1215' ? 'The charter was sealed in 1215.' : 'King John'}`), frame);
	t.true(frame.includes('r retry missed · u undo · h home · q quit'), frame);
	t.regex(frame, /Nothing due — next review in \d+ days? · 0 new left today/);
});

test('r retries only the missed questions', async t => {
	const {view, missed} = await playTwo();
	await view.press('r');
	const frame = await view.frameMatching(/Question 1\/1/);
	t.true(frame.includes('Question 1/1'), frame);
	t.true(frame.includes(missed.prompt), frame);
});

test('u on the summary takes back the last answer and asks that question again', async t => {
	const {view, again} = await playTwo();
	await view.press('u');
	const frame = await view.frameMatching(/Question 3\/3/);
	t.true(frame.includes(again.prompt), frame);
	await view.press(rightAnswer[again.id]!, keys.enter);
	await view.frameMatching(/Right/);
	await view.press(keys.enter);
	t.true((await view.frameMatching(/Session summary/)).includes('Score: 2/3'));
});

test('h goes home', async t => {
	const {view} = await playTwo();
	await view.press('h');
	const frame = await view.frameMatching(/Enter study/);
	t.true(frame.includes('› Magna Carta basics'), frame);
	t.true(frame.includes('0 due · 0 new · 2 questions · 0 mastered'), frame);
	t.true(frame.includes('Nothing due — next review in 1 day'), frame);
});

test('q on the summary quits', async t => {
	const {view} = await playTwo();
	await view.press('q');
	await view.settle();
	t.true(view.exited());
});

test('with nothing missed it says so and offers no retry', async t => {
	const view = await renderApp({entries: [okEntry(onlyQuestion(pack, minimalQuestion('which-king')))], initialPackId: pack.id});
	await view.press('King John', keys.enter);
	await view.frameMatching(/Right/);
	await view.press(keys.enter);
	const frame = await view.frameMatching(/Session summary/);
	t.true(frame.includes('✔ Nothing missed.'), frame);
	t.false(frame.includes('retry'), frame);
});

test('q during a choice question stops the session: "Stopped after k of N"', async t => {
	const view = await renderApp({entries: [okEntry(onlyQuestion(pack, minimalQuestion('sealed-where')))], initialPackId: pack.id});
	await view.press('q');
	const frame = await view.frameMatching(/Session summary/);
	t.true(frame.includes('Stopped after 0 of 1 questions'), frame);
});

test('in a typed answer q is a letter; Esc stops', async t => {
	const view = await renderApp({entries: [okEntry(twoTyped)], initialPackId: pack.id});
	await view.press('q');
	await view.settle();
	t.false(view.frame().includes('Session summary'), view.frame());
	t.regex(view.frame(), /^ *(?:› |› 1\. )q/m);
	await view.press(keys.enter);
	await view.frameMatching(/Wrong/);
	await view.press(keys.enter, keys.escape);
	const frame = await view.frameMatching(/Session summary/);
	// The other question, and the missed one again in a minute.
	t.true(frame.includes('Stopped after 1 of 3 questions'), frame);
	t.true(frame.includes('Still to study today: 1 due · 1 new'), frame);
	t.true(frame.includes('Score: 0/1'), frame);
});

test('Esc on the feedback screen stops too', async t => {
	const single = packFromYaml(
		'format: factdrill/pack@1\nid: one\ntitle: One\nquestions:\n  - {id: a, type: truefalse, prompt: Yes?, answer: true}\n  - {id: b, type: truefalse, prompt: No?, answer: false}\n',
	);
	const view = await renderApp({entries: [okEntry(single)], initialPackId: 'one'});
	await view.press('t');
	await view.frameMatching(/Right|Wrong/);
	await view.press(keys.escape);
	t.true((await view.frameMatching(/Session summary/)).includes('Stopped after 1 of 2'));
});

test('a missed cloze is listed by its sentence with blanks, not by "Fill in the gaps"', async t => {
	const cloze = pack.questions.find(question => question.type === 'cloze')!;
	const view = await renderApp({entries: [okEntry(onlyQuestion(pack, cloze))], initialPackId: pack.id});
	await view.frameMatching(/Question 1\/1/);
	await view.press('x', keys.tab, 'y', keys.enter);
	await view.frameMatching(/Wrong/);
	await view.press(keys.enter, keys.escape);
	const frame = await view.frameMatching(/Missed \(1\)/);
	t.regex(frame, /✘ .*___/, frame);
	t.false(frame.includes(`✘ ${cloze.prompt}`), frame);
});
