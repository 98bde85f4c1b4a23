import test from 'ava';
import fc from 'fast-check';
import {clauseQuestion} from '../../../source/core/generate/clause-question.js';
import {dateDistractors, pickDistractors} from '../../../source/core/generate/distractors.js';
import {buildEntities, sameEntity} from '../../../source/core/generate/entities.js';
import {shortenAtWord} from '../../../source/core/generate/text.js';
import {seededRandom} from '../../../source/core/random.js';
import {bothnia} from './fixture.js';

test('clauses become questions with did, or keep a passive auxiliary', t => {
	t.is(clauseQuestion('Tokyo renounced its claims to the islands', 'When'), 'When did Tokyo renounce its claims to the islands?');
	t.is(clauseQuestion('the islands were incorporated into the Soviet Union', 'In which year'), 'In which year were the islands incorporated into the Soviet Union?');
	t.is(clauseQuestion('The Kremlin has welcomed the statement, spokesman Ivan Petrov said', 'When'), 'When did the Kremlin welcome the statement?');
	t.is(clauseQuestion('In her speech, Ollila acknowledged the difficulty', 'When', subject => (subject === 'Ollila' ? 'Maria Ollila' : subject)), 'When did Maria Ollila acknowledge the difficulty?');
	t.is(clauseQuestion('talks', 'When'), undefined);
});

test('shortening never cuts a word and marks the cut', t => {
	t.is(shortenAtWord('Dialogue has been reduced virtually to zero', 25), 'Dialogue has been…');
	t.is(shortenAtWord('short enough', 25), 'short enough');
	fc.assert(
		fc.property(fc.array(fc.stringMatching(/^[a-z]{1,12}$/), {minLength: 1, maxLength: 30}), fc.integer({min: 5, max: 80}), (words, max) => {
			const text = words.join(' ');
			const short = shortenAtWord(text, max);
			if (short === text) return;
			if (!short.endsWith('…')) return;
			const kept = short.slice(0, -1).split(' ');
			kept.forEach((word, index) => {
				if (word !== words[index]) throw new Error(`"${word}" is not the word "${words[index]}"`);
			});
		}),
	);
	t.pass();
});

test('wrong options skip the answer, its aliases and repeats, tier by tier', t => {
	const same = (a: string, b: string) => a.split(' ').at(-1) === b.split(' ').at(-1);
	const picked = pickDistractors('Anna Lindqvist', [['Lindqvist', 'Mikko Saarinen', 'Mikko Saarinen'], ['Eva Berg', 'Olof Palme', 'Karin Berg']], 3, seededRandom(1), same);
	t.is(picked[0], 'Mikko Saarinen');
	t.false(picked.includes('Lindqvist'));
	t.is(picked.length, 3);
	t.false(picked.includes('Eva Berg') && picked.includes('Karin Berg'));
});

test('wrong dates: same precision, distinct, not the answer, not forbidden, not after the latest date', t => {
	fc.assert(
		fc.property(fc.integer({min: 1900, max: 2020}), fc.integer({min: 1, max: 12}), fc.integer({min: 1, max: 28}), fc.integer(), (year, month, day, seed) => {
			const pad = (value: number) => String(value).padStart(2, '0');
			for (const answer of [`${year}`, `${year}-${pad(month)}`, `${year}-${pad(month)}-${pad(day)}`]) {
				const latest = `${year}-${pad(month)}-${pad(day)}`;
				// Another true date of the same event, at the answer's precision.
				const forbidden = [answer.length === 4 ? `${year - 1}` : answer.length === 7 ? `${year - 1}-${pad(month)}` : `${year - 1}-${pad(month)}-${pad(day)}`];
				const wrong = dateDistractors(answer, {count: 3, random: seededRandom(seed), latest, forbidden});
				if (wrong.length !== 3) throw new Error(`only ${wrong.length} for ${answer}`);
				if (new Set(wrong).size !== 3) throw new Error(`repeats for ${answer}`);
				for (const date of wrong) {
					if (date.length !== answer.length) throw new Error(`${date} is not at the precision of ${answer}`);
					if (date === answer || date === forbidden[0]) throw new Error(`${date} is the answer or forbidden`);
					if (date.slice(0, latest.length) > latest) throw new Error(`${date} is after ${latest}`);
				}
			}
		}),
	);
	t.pass();
});

test('the right date is not always in the middle of the options', t => {
	const ranks = new Set<number>();
	for (let seed = 0; seed < 40; seed++) {
		const wrong = dateDistractors('1990', {count: 3, random: seededRandom(seed)});
		ranks.add(wrong.filter(date => date < '1990').length);
	}
	t.deepEqual([...ranks].sort(), [0, 1, 2, 3]);
});

test('an organisation and the country that owns it are one answer, never each other\'s wrong option', t => {
	const document = bothnia();
	document.facts.push({id: 'quote-sweden', type: 'quote', source: 'wire-2019-06-10', speaker: 'Sweden', text: 'the quotas must fall', kind: 'indirect', evidence: 'Sweden said the quotas must fall.'});
	document.facts.push({id: 'quote-swedish-ministry', type: 'quote', source: 'wire-2019-06-10', speaker: "Sweden's fisheries ministry", text: 'no boat would be laid up', kind: 'indirect', evidence: "Sweden's fisheries ministry said no boat would be laid up."});
	const entities = buildEntities(document);
	t.true(sameEntity("Sweden's fisheries ministry", 'Sweden', entities));
	t.false(sameEntity("Sweden's fisheries ministry", 'Finland', entities));
});
