import {checkPack} from '../../core/pack/lint-rules.js';
import type {Pack} from '../../core/pack/schema.js';
import {packToYaml} from '../../core/pack/write-pack.js';
import {plural} from '../../core/text/plural.js';
import {shellQuote} from '../generate/pack-header.js';
import {OutputExistsError, writePackFile} from '../generate/write-pack-file.js';
import type {CommandIo} from '../io.js';
import {fail, terminalProblem, withPrompts, type AuthorOptions} from './author-session.js';
import {errorLines, existsMessage, keepOnStdout, newFileProblem, reportWarnings, takenFileProblem} from './output-file.js';
import {askMetadata, askSources} from './pack-prompts.js';
import {askQuestions} from './question-prompts.js';
import {errorMessage} from '../../core/text/error-message.js';

export type NewOptions = AuthorOptions & {
	/** The file to write; `<id>.yaml` in the working folder when not given. Never replaced. */
	output?: string;
};

/**
 * `factdrill new [-o file]`: asks for a pack's metadata, its sources and
 * its questions, checks the result as `factdrill lint` would, and writes it
 * whole (temporary file, then moved into place) to a file that did not exist.
 */
export async function runNew(io: CommandIo, options: NewOptions): Promise<number> {
	const noTerminal = terminalProblem(io, options, 'new');
	if (noTerminal !== undefined) return noTerminal;
	if (options.output !== undefined) {
		const problem = await newFileProblem(options.output, io.cwd);
		if (problem) return fail(io, problem);
	}
	return withPrompts(io, options, async terminal => {
		const {prompts, print} = terminal;
		print('A new question pack: what it is, the articles it comes from, then the questions.\nCtrl+C stops without writing anything.\n\n');
		const metadata = await askMetadata(prompts, id => (options.output === undefined ? takenFileProblem(`${id}.yaml`, io.cwd) : undefined));
		const sources = await askSources(prompts);
		print('\nNow the questions, one at a time.\n');
		const questions = await askQuestions(terminal, {sources, facts: [], questionIds: [], existing: 0});

		const file = options.output ?? `${metadata.id}.yaml`;
		const pack: Pack = {...metadata, sources, facts: [], questions};
		const text = packToYaml(pack, header(file));
		const checked = checkPack(text, file);
		if (!checked.pack) return fail(io, `internal error: the pack fails its own checks, so nothing was written (please report this):\n${errorLines(checked.diagnostics)}`);
		try {
			await writePackFile(file, text, io.cwd, false);
		} catch (error) {
			const code = fail(io, error instanceof OutputExistsError ? existsMessage(file) : `cannot write ${file}: ${errorMessage(error)}`);
			keepOnStdout(io, text);
			return code;
		}
		io.stderr(`factdrill: wrote ${file}: ${plural(questions.length, 'question')}, ${plural(sources.length, 'source')}\n`);
		reportWarnings(io, checked.diagnostics, file);
		return 0;
	});
}

function header(file: string): string {
	const quoted = shellQuote(file);
	return [
		'Written with factdrill new. Edit it freely, but keep each question\'s id:',
		"learners' progress is stored under it.",
		`Add questions: factdrill add ${quoted}`,
		`Check it after editing: factdrill lint ${quoted}`,
	].join('\n');
}
