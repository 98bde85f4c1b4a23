import {mkdir, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {generatePack} from '../../core/generate/generate-pack.js';
import {checkPack} from '../../core/pack/lint-rules.js';
import type {PackEntry} from '../../core/pack/load.js';
import {packToYaml} from '../../core/pack/write-pack.js';
import {commonFileProblem, errorCode} from '../../core/text/file-messages.js';
import {toSingleLine} from '../../core/text/sanitize.js';
import {userPacksDirectory} from '../../paths.js';
import type {ArticleDraft, ArticleProblem, PackOptions} from './quiz-article.js';
import {step, type OnStep} from './step.js';
import {errorMessage} from '../../core/text/error-message.js';

/**
 * Makes questions from the draft's facts and saves them as a new pack in the
 * learner's packs folder. The pack gets an id no loaded pack has, and a file
 * of its own: an existing file is never overwritten. Nothing is written when
 * anything fails before the file.
 */
export async function createArticlePack(
	draft: ArticleDraft,
	options: PackOptions & {env: NodeJS.ProcessEnv},
	onStep: OnStep,
): Promise<PackEntry | ArticleProblem> {
	await step(onStep, 'Writing questions');
	let generated;
	try {
		generated = generatePack(draft.document, {seed: options.seed}).pack;
	} catch (error) {
		return {problem: `${draft.name}: could not make questions from it (${errorMessage(error)})`};
	}
	if (generated.questions.length === 0) return {problem: `${draft.name}: no questions could be made from its facts`};
	const pack = {...generated, id: unusedId(generated.id, options.takenIds)};
	const directory = userPacksDirectory(options.env);
	const yaml = packToYaml(pack, headerComment(draft));
	const checked = checkPack(yaml, path.join(directory, `${pack.id}.yaml`));
	if (!checked.pack) {
		const reason = checked.diagnostics.find(diagnostic => diagnostic.severity === 'error')?.message ?? 'unknown problem';
		return {problem: `${draft.name}: the questions made from it fail the pack checks (${reason})`};
	}
	let file: string;
	try {
		file = await writeNewFile(directory, pack.id, yaml);
	} catch (error) {
		return {problem: `could not save the pack in ${directory}: ${commonFileProblem(error) ?? errorMessage(error)}`};
	}
	const warnings = checked.diagnostics.map(diagnostic => ({...diagnostic, file}));
	return {file, origin: 'user', status: 'ok', pack: checked.pack, warnings};
}

/** The id, or the id with "-2", "-3"… when a loaded pack already has it; never longer than ids may be. */
export function unusedId(id: string, taken: ReadonlySet<string>): string {
	for (let n = 1; ; n++) {
		const suffix = n === 1 ? '' : `-${n}`;
		const candidate = `${id.slice(0, 80 - suffix.length).replace(/[-._]+$/, '')}${suffix}`;
		if (!taken.has(candidate)) return candidate;
	}
}

/** Writes `<stem>.yaml`, else `<stem>-2.yaml`… — whichever does not exist yet ('wx' makes the check and the write one step). */
export async function writeNewFile(directory: string, stem: string, text: string): Promise<string> {
	await mkdir(directory, {recursive: true});
	for (let n = 1; n <= 1000; n++) {
		const file = path.join(directory, `${stem}${n === 1 ? '' : `-${n}`}.yaml`);
		try {
			await writeFile(file, text, {flag: 'wx'});
			return file;
		} catch (error) {
			if (errorCode(error) !== 'EEXIST') throw error;
		}
	}
	throw new Error(`${stem}.yaml and 999 numbered copies already exist`);
}

function headerComment({document, origin}: ArticleDraft): string {
	const source = document.sources[0];
	const about = [source?.outlet, source?.published].filter(Boolean).join(', ');
	return [
		`Questions made by factdrill from the article "${toSingleLine(source?.title ?? 'Untitled article')}"${about ? ` (${toSingleLine(about)})` : ''}`,
		`read from ${toSingleLine(origin)}.`,
		'A program wrote them: check them, correct them, then run factdrill lint.',
	].join('\n');
}

