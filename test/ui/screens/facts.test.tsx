import test from 'ava';
import {builtInPack, keys, minimalPack, okEntry, overflow, packFromYaml, renderApp, type Size, hostileYaml} from './helpers.js';

const kuril = builtInPack();
const pageDown = '\u001B[6~';
const pageUp = '\u001B[5~';
const small: Size = {columns: 40, rows: 12};

/** The home screen with the pack chosen, then `f`. */
async function openFacts(entries = [okEntry(kuril)], size?: Size) {
	const view = await renderApp({entries}, size);
	await view.press('f');
	await view.frameMatching(/^ ?Facts · /m);
	// The new screen's keys are bound in effects after its first frame; under load that can take a while.
	await view.settle();
	return view;
}

test('f on the chosen pack lists its facts as a timeline: oldest first, with who, what and source', async t => {
	const view = await openFacts();
	const frame = view.frame();
	t.regex(frame, /^ Facts · The Kuril Islands dispute/m);
	t.regex(frame, /^ 12 quotes · 4 dates · 2 treaties · 3 people$/m);
	const dates = view.lines().flatMap(line => /^ (\d{4}|[A-Z][a-z]{2} \d{4}|\d{1,2} [A-Z][a-z]{2} \d{4})\s{2,}/.exec(line)?.[1] ?? []);
	t.deepEqual(dates.slice(0, 3), ['1945', '1951', 'Mar 2022'], frame);
	t.regex(frame, /^ 1951 {9}San Francisco Peace Treaty \(1951\)$/m);
	t.regex(frame, /^ treaty {7}Parties: Japan$/m);
	t.regex(frame, /^ quote {8}reported: Moscow will not continue/m);
	t.regex(frame, /^ {14}ANI, 26 Oct 2025$/m);
	t.regex(frame, /↓ \d+ more/);
	t.regex(frame.split('\n').at(-1) ?? '', /↑↓ scroll · PgUp\/PgDn page · Enter study · q back/);
	t.deepEqual(overflow(frame, {columns: 80, rows: 24}), [], frame);
});

test('long quotes are shortened at a word with "…"', async t => {
	const view = await openFacts();
	// Kishida's quote takes more than two lines at this width.
	await view.press(pageDown);
	const frame = await view.frameMatching(/Fumio Kishida/);
	t.regex(frame, /^ {14}of Russia's aggression against Ukraine but Japan will continue…$/m, frame);
});

test('↓ and PgDn scroll, ↑ and PgUp come back, and the end shows the people last', async t => {
	const view = await openFacts();
	const top = view.frame();
	await view.press(keys.down);
	t.regex(await view.frameMatching(/↑ 1 more/), /^ 1951 /m);
	await view.press(keys.up);
	t.is(await view.frameMatching(/^ 1945 /m), top);
	for (let page = 0; page < 8; page++) await view.press(pageDown);
	const end = await view.frameMatching(/Dmitry Peskov\n/);
	t.notRegex(end, /↓ \d+ more/);
	t.regex(end, /^ person {7}Dmitry Peskov$/m);
	t.regex(end, /^ {14}Kremlin spokesman · also called Peskov$/m);
	await view.press(keys.down);
	await view.settle();
	t.is(view.frame(), end, 'nothing below the last fact');
	for (let page = 0; page < 8; page++) await view.press(pageUp);
	t.is(await view.frameMatching(/^ 1945 /m), top);
});

test('at 40×12 the facts fit, the date leads each fact, and the keys are shown', async t => {
	const view = await openFacts(undefined, small);
	const frame = view.frame();
	t.deepEqual(overflow(frame, small), [], frame);
	t.regex(frame, /^1945 event: The four southernmost$/m);
	t.regex(frame, /^ {2}ANI, 26 Oct 2025$/m);
	t.regex(frame.split('\n').at(-1) ?? '', /^↑↓ PgUp PgDn · Enter study · q back$/);
	for (let press = 0; press < 25; press++) {
		await view.press(keys.down);
		t.deepEqual(overflow(view.frame(), small), [], view.frame());
	}
	t.regex(await view.frameMatching(/person: Dmitry/), /^ {2}Kremlin spokesman · also called Peskov$/m);
});

test('a resize lays the timeline out again', async t => {
	const view = await openFacts();
	await view.resize(small);
	const narrow = await view.frameMatching(/^1945 event: /m);
	t.deepEqual(overflow(narrow, small), [], narrow);
	await view.resize({columns: 80, rows: 24});
	t.regex(await view.frameMatching(/^ 1945 {9}/m), /^ event {8}/m);
});

test('Enter studies the pack; q and Esc go back home', async t => {
	const view = await openFacts();
	await view.press('q');
	t.regex(await view.frameMatching(/Enter study · f facts/), /› The Kuril/);
	await view.press('f');
	await view.frameMatching(/Facts · /);
	await view.press(keys.escape);
	t.regex(await view.frameMatching(/Enter study · f facts/), /› The Kuril/);
	t.false(view.exited());
	await view.press('f');
	await view.frameMatching(/Facts · /);
	await view.press(keys.enter);
	// 43 questions, 20 new ones a day.
	t.regex(await view.frameMatching(/Question 1\//), /Question 1\/20/);
});

test('the facts shown are those of the pack under the pointer', async t => {
	const view = await renderApp({entries: [okEntry(minimalPack()), okEntry(kuril)]});
	await view.press(keys.down, 'f');
	t.regex(await view.frameMatching(/Facts · /), /Facts · The Kuril/);
});

test('a pack with no facts says so, and can still be studied', async t => {
	const view = await openFacts([okEntry({...minimalPack(), facts: []})]);
	const frame = view.frame();
	t.regex(frame, /0 quotes · 0 dates · 0 treaties · 0 people/);
	t.regex(frame, /This pack lists no facts; its questions can still be studied\./);
	t.regex(frame.split('\n').at(-1) ?? '', /^ Enter study · q back$/);
	await view.press(keys.enter);
	t.regex(await view.frameMatching(/Question 1\//), /Magna Carta basics/);
});

test('facts from a single source name it once, above the timeline', async t => {
	const single = packFromYaml(`format: factdrill/pack@1
id: single
title: Lake Varen
sources:
  - {id: s, title: Lake Varen pact signed, outlet: Eastern Courier, published: "2024-06-12"}
facts:
  - {id: e, type: event, source: s, date: "2024-06-11", what: Ostrava and Belmark signed the Lake Varen pact.}
questions:
  - {id: q, type: truefalse, prompt: The pact was signed., answer: true}
`);
	const view = await openFacts([okEntry(single)]);
	const frame = view.frame();
	t.regex(frame, /^ From Eastern Courier, 12 Jun 2024 — Lake Varen pact signed$/m);
	t.regex(frame, /^ 11 Jun 2024 {2}Ostrava and Belmark signed the Lake Varen pact\.$/m);
	t.notRegex(frame, /^ {14}Eastern Courier/m);
});

test('text from the pack reaches the screen without escape sequences', async t => {
		const yaml = hostileYaml;
	const pack = packFromYaml(`format: factdrill/pack@1
id: hostile
title: ${yaml('pack')}
sources:
  - {id: s, title: ${yaml('title')}, outlet: ${yaml('outlet')}, published: "2024-01-02"}
  - {id: t, title: Other}
facts:
  - {id: q, type: quote, source: s, speaker: ${yaml('speaker')}, role: ${yaml('role')}, text: ${yaml('words')}, date: "2024"}
  - {id: p, type: person, source: t, name: ${yaml('name')}, roles: [${yaml('role')}], aliases: [${yaml('alias')}]}
  - {id: r, type: treaty, source: t, name: ${yaml('treaty')}, parties: [${yaml('party')}]}
questions:
  - {id: q, type: truefalse, prompt: Plain, answer: true}
`);
	const view = await openFacts([okEntry(pack)]);
	const frame = view.frame();
	t.regex(frame, /Facts · Shady text pack/);
	t.regex(frame, /Shady text speaker \(Shady text role\)/);
	t.regex(frame, /“Shady text words”/);
	t.regex(frame, /Shady text outlet, 2 Jan 2024/);
	for (const raw of view.frames) {
		t.false(raw.includes('\u001B[2J'), JSON.stringify(raw));
		t.false(raw.includes('\u001B]'), JSON.stringify(raw));
		t.false(raw.includes('\u0007'), JSON.stringify(raw));
		t.false(raw.includes('pwned'), JSON.stringify(raw));
	}
});

test('f on "Quiz me on an article" does nothing', async t => {
	const view = await renderApp({entries: [okEntry(kuril)]});
	await view.press(keys.up);
	const home = await view.frameMatching(/› \+ Quiz/);
	await view.press('f');
	await view.settle();
	t.is(view.frame(), home);
});
