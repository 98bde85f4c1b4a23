import {formatDiagnostic} from '../../../../source/core/pack/diagnostic.js';
import {checkPack} from '../../../../source/core/pack/lint-rules.js';

/** A pack with one dated source, one person (with a surname alias), one event, and the given questions. */
export function pack(questions: string[], extraFacts: string[] = []): string {
	return [
		'format: factdrill/pack@1',
		'id: teaching',
		'title: Teaching',
		'sources:',
		'  - {id: herald, title: Herald, published: "2025-10-26"}',
		'facts:',
		'  - {id: person-ada, type: person, source: herald, name: Ada Okafor, aliases: [Okafor]}',
		...extraFacts,
		'questions:',
		...questions,
	].join('\n');
}

const documented = '    explanation: Because.\n    evidence: {source: herald, text: Envoy Ada Okafor spoke first.}';

export function choice(id: string, prompt: string, options: string[], answer: string): string {
	return `  - id: ${id}\n    type: choice\n    prompt: ${prompt}\n    options: [${options.join(', ')}]\n    answer: ${answer}\n${documented}`;
}

export function multi(id: string, prompt: string, options: string[], answers: string[]): string {
	return `  - id: ${id}\n    type: multi\n    prompt: ${prompt}\n    options: [${options.join(', ')}]\n    answers: [${answers.join(', ')}]\n${documented}`;
}

export function trueFalse(id: string, prompt: string, answer: boolean): string {
	return `  - id: ${id}\n    type: truefalse\n    prompt: ${prompt}\n    answer: ${answer}\n${documented}`;
}

export function cloze(id: string, text: string): string {
	return `  - id: ${id}\n    type: cloze\n    prompt: Fill in the gap.\n    text: "${text}"\n${documented}`;
}

export function short(id: string, prompt: string, answer: string, accept: string[]): string {
	return `  - id: ${id}\n    type: short\n    prompt: ${prompt}\n    answer: ${answer}\n    accept: [${accept.join(', ')}]\n${documented}`;
}

/** Every warning lint prints for the text, as printed; the pack must have no error. */
export function warnings(text: string): string[] {
	const {pack: checked, diagnostics} = checkPack(text, 't.yaml');
	if (!checked) throw new Error(`the pack has errors: ${diagnostics.map(formatDiagnostic).join('\n')}`);
	return diagnostics.map(formatDiagnostic);
}
