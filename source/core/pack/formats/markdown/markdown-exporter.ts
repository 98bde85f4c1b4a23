import {citation} from '../../../generate/candidate.js';
import type {Pack} from '../../schema.js';
import type {Exporter} from '../types.js';
import {answerKey} from './markdown-answers.js';
import {questionBody} from './markdown-questions.js';
import {block, indentFor, inline} from './markdown-text.js';

const instructions =
	'Answer every question. Circle the letter of the right answer, or of every right answer where it says *choose all that apply*; circle True or False; fill in the gaps and the answer lines; number the items of a list in order; write a letter after each numbered item of a table.';

function header(pack: Pack): string[] {
	const title = inline(pack.title).replace(/#+$/, match => `\\${match}`);
	const lines = [`# ${title}`, ''];
	if (pack.description) lines.push(block(pack.description), '');
	if (pack.sources.length > 0) {
		lines.push(`${pack.sources.length === 1 ? 'Source' : 'Sources'}: ${pack.sources.map(source => inline(citation(source))).join('; ')}`, '');
	}
	lines.push('Name: ____________________  Date: ____________', '', instructions, '');
	return lines;
}

/** A printable test: the questions, numbered, then the answer key with each explanation. */
export function writeMarkdown(pack: Pack): {text: string; skipped: []} {
	const lines = header(pack);
	for (const [index, question] of pack.questions.entries()) {
		const marker = `${index + 1}. `;
		const {heading, blocks} = questionBody(pack, question);
		lines.push(`${marker}${heading}`, '');
		for (const blockLines of blocks) lines.push(...blockLines.map(line => `${indentFor(marker)}${line}`), '');
	}
	lines.push('## Answer key', '');
	for (const [index, question] of pack.questions.entries()) {
		const explanation = question.explanation ? ` — ${inline(question.explanation)}` : '';
		lines.push(`${index + 1}. ${answerKey(pack, question)}${explanation}`);
	}
	return {text: `${lines.join('\n')}\n`, skipped: []};
}

export const markdownExporter: Exporter = {format: 'md', extension: 'md', write: writeMarkdown};
