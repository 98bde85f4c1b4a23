import {clozeGaps} from './cloze.js';
import {quote, sortDiagnostics, type Diagnostic} from './diagnostic.js';
import {isRecord, pathLabel, valueAt, withLabel} from './issue-messages.js';
import {parsePack} from './parse.js';
import {qualityProblems} from './quality-rules.js';
import type {Pack} from './schema.js';
import type {DataPath, Locate} from './yaml-location.js';

export type CheckedPack = {pack: Pack | undefined; diagnostics: Diagnostic[]; locate: Locate};

/**
 * Everything `factdrill lint` and the loader check, in file order: YAML
 * syntax, the schema, then the rules below. `pack` is set only when no
 * diagnostic is an error; warnings alone leave the pack usable.
 */
export function checkPack(text: string, file: string): CheckedPack {
	const parsed = parsePack(text, file);
	const rules = parsed.data === undefined ? [] : lintPackData(parsed.data, parsed.locate, file);
	const quality = parsed.pack ? qualityDiagnostics(parsed.pack, parsed.locate, file) : [];
	const diagnostics = sortDiagnostics([...parsed.diagnostics, ...rules, ...quality]);
	const hasError = diagnostics.some(diagnostic => diagnostic.severity === 'error');
	return {pack: hasError ? undefined : parsed.pack, diagnostics, locate: parsed.locate};
}

/**
 * Checks the schema cannot express: ids that must be unique, answers that
 * must be among the options, references that must resolve. They run on the
 * plain YAML data rather than the validated pack, so a file with a schema
 * error still gets every other problem reported in the same run; anything
 * of the wrong shape is skipped here because the schema already reports it.
 */
export function lintPackData(data: unknown, locate: Locate, file: string): Diagnostic[] {
	const diagnostics: Diagnostic[] = [];
	const report = (path: DataPath, message: string, severity: Diagnostic['severity'] = 'error') => {
		diagnostics.push({file, ...locate(path), message, severity});
	};
	const about = (path: DataPath, message: string) => withLabel(pathLabel(path, data), message);

	const sourceIds = checkUniqueIds(data, 'sources', 'source', locate, report);
	const factIds = checkUniqueIds(data, 'facts', 'fact', locate, report);
	checkUniqueIds(data, 'questions', 'question', locate, report);

	for (const {item: fact, path} of itemsOf(data, 'facts')) {
		if (typeof fact['source'] === 'string' && !sourceIds.has(fact['source'])) {
			report([...path, 'source'], about(path, `source ${quote(fact['source'])} is not one of the pack's sources ${known(sourceIds)}`));
		}
	}

	for (const {item: question, path} of itemsOf(data, 'questions')) {
		const problems = [...answerProblems(question), ...referenceProblems(question, sourceIds, factIds)];
		for (const problem of problems) report([...path, ...problem.path], about(path, problem.message));
		if (question['evidence'] === undefined) {
			report(path, about(path, 'no evidence: add evidence (source and text) so learners can check the answer'), 'warning');
		}
		if (question['explanation'] === undefined) {
			report(path, about(path, 'no explanation: add one to show after the answer'), 'warning');
		}
	}
	return diagnostics;
}

/** The teaching-quality rules, as warnings: the pack still works, but a learner is served less well. */
function qualityDiagnostics(pack: Pack, locate: Locate, file: string): Diagnostic[] {
	// A question with no evidence at all is already warned about above, in the same words as before.
	return qualityProblems(pack)
		.filter(problem => problem.rule !== 'no-evidence' || pack.questions[problem.question]!.evidence !== undefined)
		.map(problem => ({
			file,
			...locate(['questions', problem.question, problem.field]),
			message: `${withLabel(pathLabel(['questions', problem.question], pack), problem.message)} [${problem.rule}]`,
			severity: 'warning' as const,
		}));
}

type Problem = {path: DataPath; message: string};
type Item = {item: Record<string, unknown>; path: DataPath};

function itemsOf(data: unknown, collection: string): Item[] {
	const items = valueAt(data, [collection]);
	if (!Array.isArray(items)) return [];
	return items.flatMap((item: unknown, index) => (isRecord(item) ? [{item, path: [collection, index]}] : []));
}

function checkUniqueIds(
	data: unknown,
	collection: string,
	noun: string,
	locate: Locate,
	report: (path: DataPath, message: string) => void,
): Set<string> {
	const firstPaths = new Map<string, DataPath>();
	for (const {item, path} of itemsOf(data, collection)) {
		const id = item['id'];
		if (typeof id !== 'string') continue;
		const first = firstPaths.get(id);
		if (first) report([...path, 'id'], `duplicate ${noun} id ${quote(id)} (first used at line ${locate([...first, 'id']).line})`);
		else firstPaths.set(id, path);
	}
	return new Set(firstPaths.keys());
}

function answerProblems(question: Record<string, unknown>): Problem[] {
	switch (question['type']) {
		case 'choice': {
			const options = texts(question['options']);
			const answer = question['answer'];
			const problems = duplicates(options, 'options', 'option');
			if (typeof answer === 'string' && options.length > 0) problems.push(...notAnOption(answer, options, ['answer']));
			return problems;
		}
		case 'multi': {
			const options = texts(question['options']);
			const answers = texts(question['answers']);
			const problems = [...duplicates(options, 'options', 'option'), ...duplicates(answers, 'answers', 'answer')];
			if (options.length > 0) {
				for (const answer of answers) problems.push(...notAnOption(answer.text, options, ['answers', answer.index]));
			}
			return problems;
		}
		case 'order': {
			return duplicates(texts(question['items']), 'items', 'item');
		}
		case 'match': {
			const pairs = Array.isArray(question['pairs']) ? (question['pairs'] as unknown[]) : [];
			const side = (key: 'left' | 'right') =>
				pairs.flatMap((pair, index) => (isRecord(pair) && typeof pair[key] === 'string' ? [{text: pair[key], index}] : []));
			return [...duplicates(side('left'), 'pairs', 'left', 'left'), ...duplicates(side('right'), 'pairs', 'right', 'right')];
		}
		case 'cloze': {
			return typeof question['text'] === 'string' ? clozeProblems(question['text']) : [];
		}
		default: {
			return [];
		}
	}
}

type Entry = {text: string; index: number};

/** String entries of a list with their positions; YAML numbers and the like are the schema's business. */
function texts(list: unknown): Entry[] {
	if (!Array.isArray(list)) return [];
	return list.flatMap((value: unknown, index) => (typeof value === 'string' ? [{text: value, index}] : []));
}

// The schema trims text, so " Paris" and "Paris" are the same option.
function duplicates(entries: Entry[], listKey: string, noun: string, field?: string): Problem[] {
	const seen = new Map<string, number>();
	const problems: Problem[] = [];
	for (const {text, index} of entries) {
		const key = text.trim();
		const first = seen.get(key);
		if (first === undefined) {
			seen.set(key, index);
			continue;
		}
		const where = (at: number) => `${listKey}[${at}]${field ? `.${field}` : ''}`;
		problems.push({
			path: field ? [listKey, index, field] : [listKey, index],
			message: `${noun} ${quote(key)} is listed twice (${where(first)} and ${where(index)})`,
		});
	}
	return problems;
}

function notAnOption(answer: string, options: Entry[], path: DataPath): Problem[] {
	const wanted = answer.trim();
	if (wanted === '' || options.some(option => option.text.trim() === wanted)) return [];
	const nearly = options.find(option => option.text.trim().toLowerCase() === wanted.toLowerCase());
	const hint = nearly ? ` (did you mean ${quote(nearly.text.trim())}? answers must match an option exactly)` : '';
	return [{path, message: `answer ${quote(wanted)} is not one of the options${hint}`}];
}

function clozeProblems(text: string): Problem[] {
	if (text.trim() === '') return [];
	const gaps = clozeGaps(text);
	const problems: Problem[] = [];
	if (gaps.length === 0) problems.push({path: ['text'], message: 'text has no gap: mark each answer as {{answer}}'});
	if (gaps.some(accepted => accepted.length === 0)) {
		problems.push({path: ['text'], message: 'text has an empty gap {{}}: write the answer between the braces'});
	}
	if (/\{\{|\}\}/.test(text.replace(/\{\{[^{}]*\}\}/g, ''))) {
		problems.push({path: ['text'], message: 'text has an unmatched "{{" or "}}": each gap is written {{answer}}'});
	}
	return problems;
}

function referenceProblems(question: Record<string, unknown>, sourceIds: Set<string>, factIds: Set<string>): Problem[] {
	const problems: Problem[] = [];
	const evidenceSource = valueAt(question, ['evidence', 'source']);
	if (typeof evidenceSource === 'string' && !sourceIds.has(evidenceSource)) {
		problems.push({
			path: ['evidence', 'source'],
			message: `evidence.source ${quote(evidenceSource)} is not one of the pack's sources ${known(sourceIds)}`,
		});
	}
	for (const fact of texts(question['facts'])) {
		if (!factIds.has(fact.text)) {
			problems.push({path: ['facts', fact.index], message: `fact ${quote(fact.text)} is not one of the pack's facts ${known(factIds)}`});
		}
	}
	return problems;
}

function known(ids: Set<string>): string {
	if (ids.size === 0) return '(the pack lists none)';
	const list = [...ids];
	return `(known: ${list.slice(0, 8).map(quote).join(', ')}${list.length > 8 ? ', …' : ''})`;
}
