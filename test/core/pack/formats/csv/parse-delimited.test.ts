import test from 'ava';
import fc from 'fast-check';
import {parseDelimited} from '../../../../../source/core/pack/formats/csv/parse-delimited.js';

const fields = (text: string, separator = ',') => parseDelimited(text, separator).map(record => record.fields);

test('RFC 4180: quoted separators, doubled quotes and newlines inside quotes', t => {
	t.deepEqual(fields('a,"b, c"\n"say ""hi""",d\n"two\nlines",e'), [
		['a', 'b, c'],
		['say "hi"', 'd'],
		['two\nlines', 'e'],
	]);
});

test('each record knows the line it starts on, across CRLF, lone CR and quoted newlines', t => {
	const records = parseDelimited('a,b\r\n"c\r\nd",e\rf,g', ',');
	t.deepEqual(records.map(record => [record.line, record.fields]), [
		[1, ['a', 'b']],
		[2, ['c\nd', 'e']],
		[4, ['f', 'g']],
	]);
});

test('empty fields and a trailing separator are kept; an empty line is one empty field', t => {
	t.deepEqual(fields('a,,\n\nb,c'), [['a', '', ''], [''], ['b', 'c']]);
});

test('spaces after a closing quote are allowed; other text after it makes the field plain', t => {
	t.deepEqual(fields('"a"  ,b\n"Hi" there,c', ','), [
		['a', 'b'],
		['"Hi" there', 'c'],
	]);
});

test('an unclosed quote reads the rest of its line as plain text and is flagged', t => {
	const records = parseDelimited('"open\tx\nnext\ty', '\t');
	t.deepEqual(records.map(record => [record.line, record.fields, record.looseQuote]), [
		[1, ['"open', 'x'], true],
		[2, ['next', 'y'], false],
	]);
});

test('any table written with RFC 4180 quoting reads back the same', t => {
	const cell = fc.string({unit: 'binary', maxLength: 12}).map(value => value.replace(/\r\n?/g, '\n'));
	fc.assert(
		fc.property(fc.constantFrom(',', ';', '\t'), fc.array(fc.array(cell, {minLength: 2, maxLength: 4}), {minLength: 1, maxLength: 5}), (separator, rows) => {
			const text = rows.map(row => row.map(value => `"${value.replaceAll('"', '""')}"`).join(separator)).join('\r\n');
			return JSON.stringify(fields(text, separator)) === JSON.stringify(rows);
		}),
	);
	t.pass();
});
