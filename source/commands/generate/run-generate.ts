import path from 'node:path';
import type {ArticleFormat} from '../../core/article/article.js';
import {slug} from '../../core/facts/facts-document.js';
import {generatePack} from '../../core/generate/generate-pack.js';
import type {GeneratedQuestion} from '../../core/generate/types.js';
import {formatDiagnostic} from '../../core/pack/diagnostic.js';
import {checkPack} from '../../core/pack/lint-rules.js';
import {packToYaml} from '../../core/pack/write-pack.js';
import {packVersion} from '../../version.js';
import type {ReadOptions} from '../extract/read-input.js';
import type {CommandIo} from '../io.js';
import {collectFacts} from './collect-facts.js';
import {generatedSummary} from './generated-summary.js';
import {plural} from '../../core/text/plural.js';
import {packHeader} from './pack-header.js';
import {isPromptCancelled, terminalReviewer, type Reviewer} from './review-prompts.js';
import {reviewQuestions} from './review.js';
import {outputProblem, writeOrPrint} from './write-pack-file.js';

export type GenerateOptions = {
	output?: string;
	review: boolean;
	seed?: number;
	optionCount: number;
	force: boolean;
	format?: ArticleFormat;
	readStdin: ReadOptions['readStdin'];
	/** Whether stdin and stdout are both a terminal: --review needs them. */
	interactive: boolean;
	/** The prompts and screen for --review; the real terminal unless a test passes its own. */
	reviewer?: () => Promise<Reviewer>;
	timeoutMs?: number;
	maxBytes?: number;
};

/**
 * `factdrill generate <input…>`: facts from articles and facts documents,
 * merged; questions generated from them; optionally reviewed one by one;
 * the pack checked as `factdrill lint` would, then written to -o or stdout.
 * Nothing is written unless every step before it succeeded.
 */
export async function runGenerate(inputs: readonly string[], io: CommandIo, options: GenerateOptions): Promise<number> {
	const fail = (message: string, code = 1) => {
		io.stderr(`factdrill: ${message}\n`);
		return code;
	};
	if (options.review && !options.interactive) {
		return fail('--review needs an interactive terminal (stdin and stdout must be a TTY): write the pack with -o instead of redirecting, or leave out --review', 2);
	}
	if (options.output !== undefined) {
		const problem = await outputProblem(options.output, io.cwd, options.force);
		if (problem) return fail(problem);
	}

	const readOptions = {cwd: io.cwd, readStdin: options.readStdin, format: options.format, timeoutMs: options.timeoutMs, maxBytes: options.maxBytes};
	const collected = await collectFacts(inputs, readOptions, line => io.stderr(`${line}\n`));
	const {document} = collected;
	if (collected.inputs.length === 0) return fail('no input could be used; nothing written');
	if (document.facts.length === 0) return fail(`found no facts in ${plural(collected.inputs.length, 'input')}; nothing to make questions from, nothing written`);

	const seed = options.seed ?? 1;
	const id = options.output === undefined ? '' : slug(path.basename(options.output).replace(/\.ya?ml$/i, '')).slice(0, 80);
	const generated = generatePack(document, {seed, optionCount: options.optionCount, ...(id === '' ? {} : {id})});
	let items: GeneratedQuestion[] = generated.pack.questions.map((question, index) => {
		const kind = generated.questions[index]?.kind;
		if (kind === undefined) throw new Error(`internal error: the generator gave no kind for question ${question.id}`);
		return {kind, question};
	});
	if (items.length === 0) {
		return fail(`could not make any question from the ${plural(document.facts.length, 'fact')} found in ${plural(document.sources.length, 'article')}; nothing written`);
	}

	let reviewedCount: number | undefined;
	if (options.review) {
		const reviewer = await (options.reviewer ?? terminalReviewer)();
		let outcome;
		try {
			outcome = await reviewQuestions(items, generated.pack, reviewer);
		} catch (error) {
			if (isPromptCancelled(error)) return fail('review cancelled, nothing written', 130);
			throw error;
		}
		reviewer.print(`\nkept ${outcome.kept}, edited ${outcome.edited}, dropped ${outcome.dropped}\n`);
		if (outcome.questions.length === 0) return fail('every question was dropped; nothing written');
		items = outcome.questions;
		reviewedCount = items.length;
	}

	const pack = {...generated.pack, questions: items.map(item => item.question)};
	const header = packHeader({version: packVersion(), inputs: collected.inputs, output: options.output, seed, optionCount: options.optionCount, format: options.format, reviewedCount});
	const text = packToYaml(pack, header);
	const checked = checkPack(text, options.output ?? 'generated pack');
	const errors = checked.diagnostics.filter(diagnostic => diagnostic.severity === 'error');
	if (errors.length > 0) {
		const lines = errors.map(diagnostic => `  ${formatDiagnostic(diagnostic)}`).join('\n');
		return fail(`internal error: the generated pack fails its own checks, so nothing was written (please report this):\n${lines}`);
	}

	const skipped = collected.failed > 0 ? `; ${plural(collected.failed, 'input')} could not be used (see above)` : '';
	const summary = generatedSummary(items, document.sources.length);
	const problem = await writeOrPrint(io, text, options.output, options.force);
	if (problem) return fail(problem);
	io.stderr(options.output === undefined ? `factdrill: generated ${summary}${skipped}\n` : `factdrill: wrote ${summary} to ${options.output}${skipped}\n`);
	return collected.failed > 0 ? 1 : 0;
}
