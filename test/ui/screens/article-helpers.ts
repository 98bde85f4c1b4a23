import type {ArticleDraft, ArticleProblem, ArticleQuiz, PackOptions} from '../../../source/commands/quiz-article/quiz-article.js';
import type {PackEntry} from '../../../source/core/pack/load.js';
import {factsFormat, type Pack} from '../../../source/core/pack/schema.js';

/** A draft made of a pack's facts and sources, as if read from `name`. */
export function draftOf(pack: Pack, name = 'news/varen.html'): ArticleDraft {
	return {name, origin: `/home/learner/${name}`, document: {format: factsFormat, sources: pack.sources, facts: pack.facts}};
}

/** A promise the test resolves, to hold a step on screen while it looks. */
function gate() {
	let open = () => {};
	const opened = new Promise<void>(resolve => {
		open = resolve;
	});
	return {opened, open};
}

type Script = {
	read: (spec: string) => ArticleDraft | ArticleProblem;
	create?: (draft: ArticleDraft, options: PackOptions) => PackEntry | ArticleProblem;
	/** Hold each call after its first step until the test calls release(). */
	hold?: boolean;
};

/**
 * An ArticleQuiz that answers from the script and announces the same steps
 * as the real one; it records what it was asked.
 */
export function scriptedArticleQuiz(script: Script) {
	const reads: string[] = [];
	const creates: PackOptions[] = [];
	let pending = gate();
	// Taken when a call starts, so a release() while its first step is drawn still lets it go.
	const holdFor = () => {
		const {opened} = pending;
		return async () => {
			if (script.hold) await opened;
		};
	};
	const articleQuiz: ArticleQuiz = {
		async read(spec, onStep) {
			const wait = holdFor();
			reads.push(spec);
			await onStep(`Reading ${spec}`);
			await wait();
			await onStep('Finding facts');
			return script.read(spec);
		},
		async createPack(draft, options, onStep) {
			const wait = holdFor();
			creates.push(options);
			await onStep('Writing questions');
			await wait();
			return script.create ? script.create(draft, options) : {problem: 'this test makes no packs'};
		},
	};
	return {
		articleQuiz,
		reads,
		creates,
		release() {
			pending.open();
			pending = gate();
		},
	};
}
