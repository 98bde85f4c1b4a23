import test from 'ava';
import {cardId} from '../../../source/core/stats/card-id.js';
import {csvField, reviewLogCsv} from '../../../source/core/stats/review-log-csv.js';
import {at, reviews} from '../../fixtures/stats/review-log.js';

const rows = (csv: string) => csv.split('\r\n').slice(0, -1);

test('the FSRS optimizer\'s columns come first, then ours', t => {
	const [header] = rows(reviewLogCsv(reviews));
	t.is(header, 'card_id,review_time,review_rating,review_state,review_duration,pack_id,question_id,source,correct,hinted');
});

test('one row per answer, oldest first, whatever order the packs\' logs came in', t => {
	const shuffled = [...reviews].reverse();
	const lines = rows(reviewLogCsv(shuffled));
	t.is(lines.length, reviews.length + 1);
	const times = lines.slice(1).map(line => Number(line.split(',')[1]));
	t.deepEqual(times, [...times].sort((a, b) => a - b));
	t.is(times[0], at(40, 9));
});

test('rating 1–4 is Again–Easy, state 0–3 is the state before the answer, times and durations in ms', t => {
	const lines = rows(reviewLogCsv(reviews));
	// The second answer: t1 in review, answered Again, 22 days ago, the second record's duration.
	t.is(lines[2], `${cardId('treaties', 't1')},${at(22, 9)},1,2,4500,treaties,t1,study,false,false`);
	// s1 in learning, Good (19 days ago).
	t.true(lines.includes(`${cardId('speeches', 's1')},${at(19, 9)},3,1,6500,speeches,s1,study,true,false`));
	// s2's exam answer counted for review: state new, Good.
	t.true(lines.includes(`${cardId('speeches', 's2')},${at(9, 9)},3,0,8500,speeches,s2,exam,true,false`));
	// relearning is 3, easy is 4, hard is 2.
	t.true(lines.some(line => /^\d+,\d+,3,3,/.test(line)));
	t.true(lines.some(line => /^\d+,\d+,4,2,\d+,treaties,t2,/.test(line)));
	t.true(lines.some(line => /^\d+,\d+,2,2,\d+,speeches,s1,/.test(line)));
	t.true(lines.some(line => line.endsWith(',speeches,s2,study,false,true')), 'hinted');
});

test('card ids are stable 53-bit integers that tell packs and questions apart', t => {
	// Fixed forever: a learner's earlier exports must keep matching new ones.
	t.is(cardId('treaties', 't1'), 1_761_695_521_190_493);
	t.is(cardId('speeches', 's1'), 8_486_582_052_756_049);
	t.not(cardId('a', 'b-c'), cardId('a-b', 'c'));
	t.true(Number.isSafeInteger(cardId('treaties', 't1')));
	const ids = new Set(reviews.map(review => cardId(review.packId, review.questionId)));
	t.is(ids.size, new Set(reviews.map(review => `${review.packId}/${review.questionId}`)).size);
});

test('fields are quoted as RFC 4180 says: comma, quote and line break', t => {
	t.is(csvField('plain-id'), 'plain-id');
	t.is(csvField('a,b'), '"a,b"');
	t.is(csvField('say "hi"'), '"say ""hi"""');
	t.is(csvField('two\nlines'), '"two\nlines"');
	t.is(csvField('cr\rhere'), '"cr\rhere"');
	const [review] = reviews;
	const odd = reviewLogCsv([{...review!, questionId: 'q,"1"'}]);
	t.true(odd.includes(',"q,""1""",'));
});

test('an empty log is just the header', t => {
	t.is(reviewLogCsv([]), 'card_id,review_time,review_rating,review_state,review_duration,pack_id,question_id,source,correct,hinted\r\n');
});
