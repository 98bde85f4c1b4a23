import os from 'node:os';
import path from 'node:path';
import {toFactsDocument} from '../../core/facts/facts-document.js';
import type {PackEntry} from '../../core/pack/load.js';
import type {FactsDocument} from '../../core/pack/schema.js';
import {extractInput} from '../extract/extract-input.js';
import type {ReadOptions} from '../extract/read-input.js';
import {createArticlePack} from './create-article-pack.js';
import {step, type OnStep} from './step.js';

export type {OnStep} from './step.js';

/** An article read and its facts found, ready for a look before questions are made from it. */
export type ArticleDraft = {
	/** The input as the learner typed it, for messages. */
	name: string;
	/** The file's absolute path or the URL, for the pack's header comment. */
	origin: string;
	document: FactsDocument;
};

/** Why nothing came of it, as one sentence naming the input. */
export type ArticleProblem = {problem: string};

export type PackOptions = {seed: number; takenIds: ReadonlySet<string>};

/** "Quiz me on an article": read it and find its facts, then make, save and return a pack. */
export type ArticleQuiz = {
	read(spec: string, onStep: OnStep): Promise<ArticleDraft | ArticleProblem>;
	createPack(draft: ArticleDraft, options: PackOptions, onStep: OnStep): Promise<PackEntry | ArticleProblem>;
};

export type ArticleQuizContext = {
	cwd: string;
	env: NodeJS.ProcessEnv;
	/** Where "~" points; the user's home folder unless given. */
	homeDirectory?: string;
	/** Limits for reading; tests make them small. */
	read?: Pick<ReadOptions, 'maxBytes' | 'timeoutMs'>;
};

export function articleQuiz(context: ArticleQuizContext): ArticleQuiz {
	return {
		read: async (spec, onStep) => readArticle(spec, context, onStep),
		createPack: async (draft, options, onStep) => createArticlePack(draft, {...options, env: context.env}, onStep),
	};
}

async function readArticle(spec: string, context: ArticleQuizContext, onStep: OnStep): Promise<ArticleDraft | ArticleProblem> {
	const name = spec.trim();
	await step(onStep, `Reading ${name}`);
	const target = resolveInput(name, context.cwd, context.homeDirectory ?? os.homedir());
	const extracted = await extractInput(
		target,
		{
			cwd: context.cwd,
			readStdin: async () => {
				throw new Error('standard input is this terminal here; type a file path or a web address');
			},
			...context.read,
		},
		async () => step(onStep, 'Finding facts'),
	);
	if ('problem' in extracted) return {problem: `${name}: ${extracted.problem}`};
	const document = toFactsDocument([extracted]);
	if (document.facts.length === 0) return {problem: `${name}: no facts found in it — no quotes, dates, treaties or people`};
	return {name, origin: extracted.url ?? target, document};
}

/**
 * A typed or pasted input as a path or URL: quotes a terminal adds around a
 * dropped file are removed, "~" is the home folder, and a relative path is
 * made absolute against the working folder.
 */
export function resolveInput(typed: string, cwd: string, homeDirectory: string): string {
	const unquoted = /^(['"]).*\1$/.test(typed) ? typed.slice(1, -1) : typed;
	if (/^[a-z][a-z0-9+.-]*:\/\//i.test(unquoted) || unquoted === '-') return unquoted;
	const expanded = unquoted === '~' || unquoted.startsWith('~/') ? path.join(homeDirectory, unquoted.slice(1)) : unquoted;
	return path.resolve(cwd, expanded);
}
