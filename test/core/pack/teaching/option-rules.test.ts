import test from 'ava';
import {choice, cloze, multi, pack, short, warnings} from './helpers.js';

const four = (id: string, prompt: string, right: string) => choice(id, prompt, [right, 'Ben Ito', 'Cy Moss', 'Dee Ray'], right);

test('fewer-options: a choice or multi question with fewer options than the pack usually gives', t => {
	const usual = [four('a', 'Who spoke first?', 'Ada Okafor'), four('b', 'Who spoke second?', 'Eve Lund')];
	const text = pack([...usual, choice('c', 'Who spoke last?', ['Cy Moss', 'Dee Ray'], 'Cy Moss'), multi('d', 'Who spoke at all?', ['Cy Moss', 'Dee Ray', 'Eve Lund'], ['Cy Moss'])]);
	t.deepEqual(warnings(text), [
		`t.yaml:26:14: warning: questions[2] (id "c"): 2 options where the pack's choice questions have 4: add a wrong option, or a guess is easier here [fewer-options]`,
		`t.yaml:33:14: warning: questions[3] (id "d"): 3 options where the pack's choice questions have 4: add a wrong option, or a guess is easier here [fewer-options]`,
	]);
	t.deepEqual(warnings(pack([...usual, four('c', 'Who spoke last?', 'Eve Lund'), multi('d', 'Who spoke at all?', ['Cy Moss', 'Dee Ray', 'Eve Lund', 'Ben Ito'], ['Cy Moss'])])), []);
});

test('fewer-options: no usual count with fewer than three choice questions, or a tie', t => {
	t.deepEqual(warnings(pack([four('a', 'Who spoke first?', 'Ada Okafor'), choice('c', 'Who spoke last?', ['Cy Moss', 'Dee Ray'], 'Cy Moss')])), []);
	const tie = [four('a', 'Who spoke first?', 'Ada Okafor'), four('b', 'Who spoke second?', 'Eve Lund')];
	const short = [choice('c', 'Who spoke last?', ['Cy Moss', 'Dee Ray'], 'Cy Moss'), choice('d', 'Who chaired?', ['Cy Moss', 'Dee Ray'], 'Dee Ray')];
	t.deepEqual(warnings(pack([...tie, ...short])), []);
});

test('all-none-of-the-above: options that point at the other options', t => {
	const text = pack([
		choice('e', 'Who chaired?', ['Ben Ito', 'Cy Moss', 'None of the above.'], 'None of the above.'),
		multi('f', 'Who voted?', ['Ada Okafor', 'Eve Lund', 'Both A and B'], ['Ada Okafor']),
		choice('g', 'Who wrote it?', ['Ben Ito', 'all of these'], 'Ben Ito'),
	]);
	t.deepEqual(warnings(text), [
		't.yaml:12:33: warning: questions[0] (id "e"): option “None of the above.” points at the other options, which are shuffled in every session: make it a multi question, or write a real option [all-none-of-the-above]',
		't.yaml:19:37: warning: questions[1] (id "f"): option “Both A and B” points at the other options, which are shuffled in every session: write a real option [all-none-of-the-above]',
		't.yaml:26:24: warning: questions[2] (id "g"): option “all of these” points at the other options, which are shuffled in every session: make it a multi question, or write a real option [all-none-of-the-above]',
	]);
});

test('all-none-of-the-above: options that only contain such words pass', t => {
	const text = pack([choice('e', 'Which was signed?', ['None of the treaties above the 49th parallel', 'Both treaties', 'A and B Treaty'], 'Both treaties')]);
	t.deepEqual(warnings(text), []);
});

test('alias-option: a wrong option the pack accepts elsewhere as the same answer', t => {
	const treaty = 'San Francisco Peace Treaty';
	const text = pack([
		cloze('gap', `Japan renounced its claims under the 1951 {{${treaty}|Treaty of San Francisco}}.`),
		choice('which', 'Under which treaty did Japan renounce its claims?', [treaty, 'Treaty of San Francisco', 'Treaty of Versailles'], treaty),
		short('capital', 'Which city hosts the Kremlin?', 'Moscow', ['Moskva']),
		multi('cities', 'Which of these are in Russia?', ['Moscow', 'Moskva', 'Kazan', 'Paris'], ['Moscow', 'Kazan']),
	]);
	t.deepEqual(warnings(text), [
		't.yaml:18:43: warning: questions[1] (id "which"): wrong option “Treaty of San Francisco” is another name for the answer “San Francisco Peace Treaty” [alias-option]',
		't.yaml:32:23: warning: questions[3] (id "cities"): wrong option “Moskva” is another name for the answer “Moscow” [alias-option]',
	]);
});

test('alias-option: a multi question offering a person’s alias; a choice question’s alias is reported once', t => {
	t.deepEqual(warnings(pack([multi('voted', 'Who voted?', ['Ada Okafor', 'Okafor', 'Eve Lund'], ['Ada Okafor'])])), [
		't.yaml:12:27: warning: questions[0] (id "voted"): wrong option “Okafor” is another name for the answer “Ada Okafor” [alias-option]',
	]);
	t.deepEqual(warnings(pack([choice('spoke', 'Who spoke?', ['Ada Okafor', 'Okafor', 'Eve Lund'], 'Ada Okafor')])), [
		't.yaml:12:14: warning: questions[0] (id "spoke"): wrong option “Okafor” is another name for the answer “Ada Okafor” [alias-option]',
	]);
	t.deepEqual(warnings(pack([multi('voted', 'Who voted?', ['Ada Okafor', 'Okafor', 'Eve Lund'], ['Ada Okafor', 'Okafor'])])), []);
});
