import {answerProblems} from './answer-rules.js';
import {diagnosticOf, quote, sortDiagnostics, type Diagnostic} from './diagnostic.js';
import {isRecord} from '../is-record.js';
import {pathLabel, valueAt, withLabel} from './issue-messages.js';
import {parsePack} from './parse.js';
import {qualityProblems} from './quality-rules.js';
import type {RuleId} from './rules.js';
import type {Pack} from './schema.js';
import {teachingProblems} from './teaching/teaching-rules.js';
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
	const report = (rule: RuleId, path: DataPath, message: string) => {
		diagnostics.push(diagnosticOf(rule, file, locate(path), message));
	};
	const about = (path: DataPath, message: string) => withLabel(pathLabel(path, data), message);

	const sourceIds = checkUniqueIds(data, 'sources', 'source', locate, report);
	const factIds = checkUniqueIds(data, 'facts', 'fact', locate, report);
	checkUniqueIds(data, 'questions', 'question', locate, report);

	for (const {item: fact, path} of itemsOf(data, 'facts')) {
		if (typeof fact['source'] === 'string' && !sourceIds.has(fact['source'])) {
			report('unknown-source', [...path, 'source'], about(path, `source ${quote(fact['source'])} is not one of the pack's sources ${known(sourceIds)}`));
		}
	}

	for (const {item: question, path} of itemsOf(data, 'questions')) {
		const problems = [...answerProblems(question), ...referenceProblems(question, sourceIds, factIds)];
		for (const problem of problems) report(problem.rule, [...path, ...problem.path], about(path, problem.message));
		if (question['evidence'] === undefined) {
			report('no-evidence', path, about(path, 'no evidence: add evidence (source and text) so learners can check the answer'));
		}
		if (question['explanation'] === undefined) {
			report('no-explanation', path, about(path, 'no explanation: add one to show after the answer'));
		}
	}
	return diagnostics;
}

/** The teaching-quality rules, as warnings: the pack still works, but a learner is served less well. */
function qualityDiagnostics(pack: Pack, locate: Locate, file: string): Diagnostic[] {
	// A question with no evidence at all is already warned about above, in the same words as before.
	const quality = qualityProblems(pack)
		.filter(problem => problem.rule !== 'no-evidence' || pack.questions[problem.question]!.evidence !== undefined)
		.map(problem => ({rule: problem.rule, path: ['questions', problem.question, problem.field], label: ['questions', problem.question], message: problem.message}));
	return [...quality, ...teachingProblems(pack)].map(problem =>
		diagnosticOf(problem.rule, file, locate(problem.path), withLabel(pathLabel(problem.label ?? problem.path.slice(0, 2), pack), problem.message)),
	);
}

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
	report: (rule: RuleId, path: DataPath, message: string) => void,
): Set<string> {
	const firstPaths = new Map<string, DataPath>();
	for (const {item, path} of itemsOf(data, collection)) {
		const id = item['id'];
		if (typeof id !== 'string') continue;
		const first = firstPaths.get(id);
		if (first) report('duplicate-id', [...path, 'id'], `duplicate ${noun} id ${quote(id)} (first used at line ${locate([...first, 'id']).line})`);
		else firstPaths.set(id, path);
	}
	return new Set(firstPaths.keys());
}

type Problem = {rule: RuleId; path: DataPath; message: string};

function referenceProblems(question: Record<string, unknown>, sourceIds: Set<string>, factIds: Set<string>): Problem[] {
	const problems: Problem[] = [];
	const evidenceSource = valueAt(question, ['evidence', 'source']);
	if (typeof evidenceSource === 'string' && !sourceIds.has(evidenceSource)) {
		problems.push({
			rule: 'unknown-source',
			path: ['evidence', 'source'],
			message: `evidence.source ${quote(evidenceSource)} is not one of the pack's sources ${known(sourceIds)}`,
		});
	}
	const facts = Array.isArray(question['facts']) ? (question['facts'] as unknown[]) : [];
	facts.forEach((fact, index) => {
		if (typeof fact === 'string' && !factIds.has(fact)) {
			problems.push({rule: 'unknown-fact', path: ['facts', index], message: `fact ${quote(fact)} is not one of the pack's facts ${known(factIds)}`});
		}
	});
	return problems;
}

function known(ids: Set<string>): string {
	if (ids.size === 0) return '(the pack lists none)';
	const list = [...ids];
	return `(known: ${list.slice(0, 8).map(quote).join(', ')}${list.length > 8 ? ', …' : ''})`;
}
