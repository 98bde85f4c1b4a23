import {Document, isNode, isSeq, parseDocument} from 'yaml';
import type {Question} from '../../core/pack/schema.js';

/**
 * The pack's text with `questions` added at the end of its questions list.
 * Every byte already in the file stays as it is: the new entries are
 * inserted as text after the last question (before any comment that follows
 * it), indented like the list, with blank lines between entries when the
 * list has them. Printing the whole document again (document.toString())
 * would not do: it re-indents, re-folds long scalars, collapses the spaces
 * before comments and moves a trailing comment into the list.
 *
 * A list in flow style (`questions: [ … ]`) gets the new nodes through the
 * Document API instead, which keeps comments but may respace other lines.
 */
export function appendQuestions(text: string, questions: readonly Question[]): string {
	const document = parseDocument(text);
	const list = document.get('questions', true);
	if (!isSeq(list)) throw new Error('the pack has no questions list to add to');
	const range = list.range;
	const indent = range ? text.slice(text.lastIndexOf('\n', range[0] - 1) + 1, range[0]) : undefined;
	if (!range || list.flow || text[range[0]] !== '-' || !/^ *$/.test(indent ?? '-')) {
		for (const question of questions) list.items.push(document.createNode(idAndTypeFirst(question)));
		return document.toString({lineWidth: 0});
	}
	const spaced = list.items.slice(1).some(item => isNode(item) && item.spaceBefore === true);
	const rendered = questionsYaml(questions, spaced)
		.split('\n')
		.map(line => (line === '' ? line : `${indent}${line}`))
		.join('\n');
	const at = range[1];
	const newline = text.includes('\r\n') ? '\r\n' : '\n';
	const before = (at > 0 && text[at - 1] !== '\n' ? '\n' : '') + (spaced ? '\n' : '');
	const inserted = `${before}${rendered}`.replaceAll('\n', newline);
	return `${text.slice(0, at)}${inserted}${text.slice(at)}`;
}

/** The questions as a block list at column 0, ending in a newline. */
export function questionsYaml(questions: readonly Question[], spaced = true): string {
	const document = new Document(questions.map(idAndTypeFirst));
	if (isSeq(document.contents)) {
		for (const [index, item] of document.contents.items.entries()) {
			if (index > 0 && spaced && isNode(item)) item.spaceBefore = true;
		}
	}
	return document.toString({lineWidth: 0});
}

function idAndTypeFirst(question: Question): Question {
	const {id, type, ...rest} = question;
	return {id, type, ...rest} as Question;
}
