import test from 'ava';
import type {Key} from 'ink';
import {
	choiceKeyAction,
	choiceReducer,
	clozeAnswers,
	clozeKeyAction,
	clozeReducer,
	createChoiceState,
	createClozeState,
	createMatchState,
	createMultiState,
	createOrderState,
	emptyTextField,
	matchKeyAction,
	matchReducer,
	multiReducer,
	orderReducer,
	textFieldReducer,
	trueFalseKeyAction,
} from '../../../source/ui/components/questions/index.js';
import type {ClozeAction, MatchAction, OrderAction, TextFieldAction} from '../../../source/ui/components/questions/index.js';
import {noKey} from '../../../source/ui/hooks/use-keys.js';

const key = (flags: Partial<Key>): Key => ({...noKey, ...flags});

test('choice: the pointer is clamped, a choice is final', t => {
	let state = createChoiceState(3);
	t.is(choiceReducer(state, {type: 'up'}), state, 'unchanged state is the same object');
	state = choiceReducer(choiceReducer(choiceReducer(state, {type: 'down'}), {type: 'down'}), {type: 'down'});
	t.is(state.cursor, 2);
	t.is(choiceReducer(state, {type: 'choose', index: 3}), state);
	state = choiceReducer(state, {type: 'choose', index: 0});
	t.deepEqual(state, {count: 3, cursor: 0, chosen: 0});
	t.is(choiceReducer(state, {type: 'choose', index: 1}), state);
});

test('choice and true/false keys', t => {
	t.deepEqual(choiceKeyAction('3', noKey), {type: 'choose', index: 2});
	t.deepEqual(choiceKeyAction('', key({return: true})), {type: 'choose'});
	t.is(choiceKeyAction('q', noKey), undefined);
	t.deepEqual(trueFalseKeyAction('f', noKey), {type: 'choose', index: 1});
	t.deepEqual(trueFalseKeyAction('', key({downArrow: true})), {type: 'down'});
});

test('multi: Enter with nothing ticked warns; ticking clears the warning', t => {
	let state = multiReducer(createMultiState(3), {type: 'confirm'});
	t.true(state.warning);
	t.false(state.submitted);
	state = multiReducer(state, {type: 'toggle', index: 2});
	t.deepEqual(state, {cursor: 2, ticked: [false, false, true], warning: false, submitted: false});
	state = multiReducer(state, {type: 'confirm'});
	t.true(state.submitted);
	t.is(multiReducer(state, {type: 'toggle'}), state);
});

test('text field: edits by code point and strips control characters', t => {
	const apply = (...actions: TextFieldAction[]) => actions.reduce(textFieldReducer, emptyTextField);
	t.deepEqual(apply({type: 'insert', text: 'a😀b'}, {type: 'left'}, {type: 'erase'}), {value: 'ab', cursor: 1});
	t.deepEqual(apply({type: 'insert', text: 'x\u001B[2Jy\u0007\nz'}), {value: 'xy z', cursor: 4});
	t.deepEqual(apply({type: 'insert', text: '\u001B]0;t\u0007'}), emptyTextField);
	t.deepEqual(apply({type: 'erase'}, {type: 'left'}, {type: 'right'}), emptyTextField);
});

test('cloze keys: DEL (what Backspace sends) erases; Esc and Ctrl combinations type nothing', t => {
	t.deepEqual(clozeKeyAction('', key({delete: true})), {type: 'edit', action: {type: 'erase'}});
	t.deepEqual(clozeKeyAction('', key({tab: true, shift: true})), {type: 'previous'});
	t.deepEqual(clozeKeyAction('', key({tab: true})), {type: 'next'});
	t.is(clozeKeyAction('', key({escape: true, meta: true})), undefined);
	t.is(clozeKeyAction('u', key({ctrl: true})), undefined);
	t.deepEqual(clozeKeyAction('q', noKey), {type: 'edit', action: {type: 'insert', text: 'q'}});
});

test('cloze: Enter walks the gaps, then submits only when all are filled', t => {
	const apply = (...actions: ClozeAction[]) => actions.reduce(clozeReducer, createClozeState(2));
	const type = (text: string): ClozeAction => ({type: 'edit', action: {type: 'insert', text}});
	t.is(apply({type: 'confirm'}).active, 1);
	const incomplete = apply({type: 'confirm'}, type('b'), {type: 'confirm'});
	t.like(incomplete, {active: 0, warning: true, submitted: false});
	const done = apply(type(' a '), {type: 'confirm'}, type('b'), {type: 'confirm'});
	t.true(done.submitted);
	t.deepEqual(clozeAnswers(done), ['a', 'b']);
	t.is(clozeReducer(done, type('c')), done);
	t.true(clozeReducer(createClozeState(0), {type: 'confirm'}).submitted);
});

test('order: arrows move the pointer, or the item while grabbed', t => {
	const apply = (...actions: OrderAction[]) => actions.reduce(orderReducer, createOrderState([2, 0, 1]));
	t.deepEqual(apply({type: 'down'}, {type: 'down'}, {type: 'down'}).items, [2, 0, 1]);
	t.like(apply({type: 'grab'}, {type: 'down'}, {type: 'down'}), {items: [0, 1, 2], cursor: 2, grabbed: true});
	t.like(apply({type: 'grab'}, {type: 'up'}), {items: [2, 0, 1], cursor: 0});
	t.like(apply({type: 'grab'}, {type: 'confirm'}), {grabbed: false, submitted: true});
});

test('match: pairing moves a right item, advances to the next unpaired item, and Enter waits for all', t => {
	const apply = (...actions: MatchAction[]) => actions.reduce(matchReducer, createMatchState(3));
	t.like(apply({type: 'pair', right: 1}), {pairs: [1, undefined, undefined], cursor: 1});
	t.like(apply({type: 'pair', right: 1}, {type: 'pair', right: 1}), {pairs: [undefined, 1, undefined], cursor: 2});
	t.like(apply({type: 'pair', right: 3}), {pairs: [undefined, undefined, undefined], cursor: 0});
	t.like(apply({type: 'confirm'}), {warning: true, submitted: false});
	const all = apply({type: 'pair', right: 2}, {type: 'pair', right: 0}, {type: 'pair', right: 1});
	t.like(all, {pairs: [2, 0, 1], cursor: 2});
	t.like(matchReducer(all, {type: 'clear'}), {pairs: [2, 0, undefined]});
	t.true(matchReducer(all, {type: 'confirm'}).submitted);
	t.deepEqual(matchKeyAction('C', key({shift: true})), {type: 'pair', right: 2});
	t.deepEqual(matchKeyAction('', key({backspace: true})), {type: 'clear'});
});
