import {randomBytes} from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import {commonFileProblem, errorCode} from '../../core/text/file-messages.js';
import {syncDirectory} from '../../store/sync-directory.js';
import {errorMessage} from '../../core/text/error-message.js';

/**
 * Why the pack cannot go to `file`, or undefined when it can. Checked before
 * any work, so a teacher never reviews forty questions only to learn that the
 * file exists or the folder is missing.
 */
export async function outputProblem(file: string, cwd: string, force: boolean): Promise<string | undefined> {
	const absolute = path.resolve(cwd, file);
	let existing;
	try {
		existing = await fs.stat(absolute);
	} catch (error) {
		if (errorCode(error) !== 'ENOENT') return `cannot write ${file}: ${commonFileProblem(error) ?? String(error)}`;
	}
	if (existing?.isDirectory()) return `${file} is a folder; give the pack's file name, e.g. ${path.join(file, 'my-pack.yaml')}`;
	if (existing) return force ? undefined : `${file} already exists; nothing was written (use --force to replace it)`;
	const folder = path.dirname(absolute);
	const parent = await fs.stat(folder).catch(() => undefined);
	if (!parent?.isDirectory()) return `cannot write ${file}: the folder ${path.dirname(file)} does not exist`;
	return undefined;
}

export class OutputExistsError extends Error {}

/**
 * Writes the text whole or not at all: to a temporary file in the same
 * folder, flushed, then moved into place, so a crash never leaves half a
 * pack. Without `force` the move cannot replace a file that appeared since
 * outputProblem looked (a hard link refuses to), and OutputExistsError says so.
 */
export async function writePackFile(file: string, text: string, cwd: string, force: boolean): Promise<void> {
	const target = path.resolve(cwd, file);
	const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
	const handle = await fs.open(temporary, 'wx');
	try {
		try {
			await handle.writeFile(text, 'utf8');
			await handle.sync();
		} finally {
			await handle.close();
		}
		await moveIntoPlace(temporary, target, force, file);
	} finally {
		await fs.rm(temporary, {force: true});
	}
	syncDirectory(path.dirname(target));
}

async function moveIntoPlace(temporary: string, target: string, force: boolean, file: string): Promise<void> {
	const appeared = `${file} appeared while the pack was being made; nothing was written (use --force to replace it)`;
	if (force) return fs.rename(temporary, target);
	try {
		await fs.link(temporary, target);
		return;
	} catch (error) {
		const code = errorCode(error);
		if (code === 'EEXIST') throw new OutputExistsError(appeared);
		if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV') throw error;
	}
	// No hard links on this file system (FAT, some network shares): check, then rename.
	const exists = await fs.stat(target).then(
		() => true,
		() => false,
	);
	if (exists) throw new OutputExistsError(appeared);
	await fs.rename(temporary, target);
}

/**
 * The text to the -o file, or to stdout when there is none. Returns why the
 * file could not be written, or undefined when all went well.
 */
export async function writeOrPrint(io: {stdout: (text: string) => void; cwd: string}, text: string, output: string | undefined, force: boolean): Promise<string | undefined> {
	if (output === undefined) {
		io.stdout(text);
		return undefined;
	}
	try {
		await writePackFile(output, text, io.cwd, force);
		return undefined;
	} catch (error) {
		if (error instanceof OutputExistsError) return error.message;
		return `cannot write ${output}: ${errorMessage(error)}`;
	}
}
