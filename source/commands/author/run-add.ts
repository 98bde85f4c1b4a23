import fs from 'node:fs/promises';
import {isDeepStrictEqual} from 'node:util';
import {checkPack} from '../../core/pack/lint-rules.js';
import {questionSchema, type Pack, type Question} from '../../core/pack/schema.js';
import {toSingleLine} from '../../core/text/sanitize.js';
import {plural} from '../../core/text/plural.js';
import {writePackFile} from '../generate/write-pack-file.js';
import type {CommandIo} from '../io.js';
import {appendQuestions, questionsYaml} from './append-question.js';
import {fail, terminalProblem, withPrompts, type AuthorOptions} from './author-session.js';
import {errorLines, keepOnStdout, reportWarnings} from './output-file.js';
import {packToEdit} from './pack-to-edit.js';
import {askQuestions} from './question-prompts.js';
import {errorMessage} from '../../core/text/error-message.js';

/**
 * `factdrill add <pack>`: asks for questions as `factdrill new` does and
 * appends them to the pack's questions, leaving every line already in the
 * file as it was. The result is checked as `factdrill lint` would and
 * replaces the file whole (temporary file, then renamed) only at the end.
 */
export async function runAdd(spec: string, io: CommandIo, options: AuthorOptions): Promise<number> {
	const noTerminal = terminalProblem(io, options, 'add');
	if (noTerminal !== undefined) return noTerminal;
	const target = await packToEdit(spec, io);
	if ('problem' in target) return fail(io, target.problem);
	const {file, shown, text, pack} = target;
	return withPrompts(io, options, async terminal => {
		terminal.print(`Adding questions to “${toSingleLine(pack.title)}” (${shown}), which has ${plural(pack.questions.length, 'question')}.\nCtrl+C stops without writing anything.\n`);
		const context = {sources: pack.sources, facts: pack.facts, questionIds: pack.questions.map(question => question.id), existing: pack.questions.length};
		const questions = await askQuestions(terminal, context);

		const updated = appendQuestions(text, questions);
		const checked = checkPack(updated, shown);
		if (!checked.pack) return fail(io, `internal error: the pack would fail its checks, so nothing was written (please report this):\n${errorLines(checked.diagnostics)}`);
		if (!readsBack(checked.pack, pack, questions)) return fail(io, 'internal error: the file would not read back as the pack plus the new questions, so nothing was written (please report this)');
		const now = await fs.readFile(file, 'utf8').catch(() => undefined);
		if (now !== text) {
			const code = fail(io, `${shown} was changed by something else while you were writing; nothing was written to it`);
			keepOnStdout(io, questionsYaml(questions));
			return code;
		}
		try {
			await writePackFile(file, updated, io.cwd, true);
		} catch (error) {
			const code = fail(io, `cannot write ${shown}: ${errorMessage(error)}`);
			keepOnStdout(io, questionsYaml(questions));
			return code;
		}
		// The new file has the default mode; a pack kept private stays private. Best effort: the questions are written.
		await fs.chmod(file, target.mode).catch(() => undefined);
		io.stderr(`factdrill: added ${plural(questions.length, 'question')} to ${shown} (now ${checked.pack.questions.length})\n`);
		reportWarnings(io, checked.diagnostics.filter(diagnostic => isAboutNew(diagnostic.message, pack.questions.length)), shown);
		return 0;
	});
}

/** The written text must hold exactly the old pack with the new questions at the end. */
function readsBack(written: Pack, before: Pack, added: readonly Question[]): boolean {
	const expected = [...before.questions, ...added.map(question => questionSchema.parse(question))];
	return isDeepStrictEqual(written.questions, expected) && isDeepStrictEqual({...written, questions: []}, {...before, questions: []});
}

/** Warnings about the old questions were there before; only the new ones' are news. */
function isAboutNew(message: string, existing: number): boolean {
	const index = /^questions\[(\d+)\]/.exec(message)?.[1];
	return index !== undefined && Number(index) >= existing;
}
