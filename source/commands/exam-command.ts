import type {ExamCommand} from '../cli/parse-exam.js';
import {drawExam} from '../core/exam/draw.js';
import {DurationError} from '../core/exam/duration.js';
import {resolveExamOptions} from '../core/exam/exam-options.js';
import {formatDiagnostic} from '../core/pack/diagnostic.js';
import {loadedPacks, type PackEntry} from '../core/pack/load.js';
import type {Pack} from '../core/pack/schema.js';
import {plural} from '../core/text/plural.js';
import {toSingleLine} from '../core/text/sanitize.js';
import {resolvePack} from './library.js';

export type ExamPlan = {
	/** The packs the exam draws from. */
	packs: Pack[];
	/** Every pack that loaded, to resume an unfinished exam against. */
	library: Pack[];
	options: {count: number; timeLimitMs: number; passMark: number; tags: string[]; countForReview: boolean};
};

export type ExamPlanProblem = {problem: string; code: number};

/**
 * The packs and settings of the exam a command line asks for: the packs
 * named, else the --pack files, else every pack; each setting from the
 * command line, else the first pack's `exam:` block, else the defaults.
 * A pack that cannot be found or loaded, or no question with the tags, is
 * a problem to report before any screen opens.
 */
export async function planExam(command: ExamCommand, entries: PackEntry[], cwd: string): Promise<ExamPlan | ExamPlanProblem> {
	const chosen: PackEntry[] = [];
	for (const wanted of command.packs) {
		const entry = await resolvePack(entries, wanted, cwd);
		if (!entry) return {problem: `no pack "${wanted}"; run factdrill packs to list them, or give a .yaml file`, code: 1};
		if (entry.status !== 'ok') {
			return {problem: `${entry.file} cannot be used for an exam:\n${entry.diagnostics.map(diagnostic => formatDiagnostic(diagnostic)).join('\n')}`, code: 1};
		}
		if (!entries.includes(entry)) entries.push(entry);
		if (!chosen.some(earlier => earlier.status === 'ok' && earlier.pack.id === entry.pack.id)) chosen.push(entry);
	}
	if (chosen.length === 0) {
		const files = entries.filter(entry => entry.origin === 'file');
		chosen.push(...(files.length > 0 ? files : entries).filter(entry => entry.status === 'ok'));
	}
	const packs = loadedPacks(chosen);
	if (packs.length === 0) return {problem: 'there is no pack to take an exam on; run factdrill packs to see why', code: 1};

	let settings;
	try {
		settings = resolveExamOptions({count: command.count, timeLimitMs: command.timeLimitMs, passMark: command.passMark}, packs[0]);
	} catch (error) {
		if (error instanceof DurationError) return {problem: error.message, code: 1};
		throw error;
	}
	const {available} = drawExam(packs, {count: 1, tags: command.tags, seed: 1});
	if (available === 0) return {problem: noQuestions(packs, command.tags), code: 1};
	return {
		packs,
		library: loadedPacks(entries),
		options: {...settings, tags: command.tags, countForReview: command.countForReview},
	};
}

function noQuestions(packs: readonly Pack[], tags: readonly string[]): string {
	const known = [...new Set(packs.flatMap(pack => [...pack.tags, ...pack.questions.flatMap(question => question.tags ?? [])]))].sort();
	const where = packs.length === 1 ? `pack ${packs[0]!.id}` : plural(packs.length, 'pack');
	const some = known.slice(0, 20).map(tag => toSingleLine(tag)).join(', ');
	return `no question in the ${where} has the tag${tags.length > 1 ? 's' : ''} ${tags.join(', ')}${known.length > 0 ? `; ${packs.length === 1 ? 'its' : 'their'} tags are: ${some}${known.length > 20 ? ', …' : ''}` : ''}`;
}
