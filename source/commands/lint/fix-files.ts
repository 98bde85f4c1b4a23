import {randomBytes} from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import {fixPackText} from '../../core/pack/fix/fix-pack.js';
import {readPackText} from '../../core/pack/load.js';
import {commonFileProblem} from '../../core/text/file-messages.js';
import {syncDirectory} from '../../store/sync-directory.js';

export type FileFix = {file: string; fixed: number} | {file: string; problem: string};

/**
 * Makes lint's safe repairs in one pack file and writes it back, only when
 * something changed. A file that cannot be read is left to lint to report.
 */
export async function fixFile(file: string, cwd: string): Promise<FileFix> {
	const absolute = path.resolve(cwd, file);
	const text = await readPackText(absolute);
	if (typeof text !== 'string') return {file, fixed: 0};
	const result = fixPackText(text);
	if (result.fixed.length === 0) return {file, fixed: 0};
	try {
		await replaceFile(absolute, text, result.text);
	} catch (error) {
		const reason = error instanceof ChangedError ? error.message : (commonFileProblem(error) ?? String(error));
		return {file, problem: `cannot write the fixes: ${reason}`};
	}
	return {file, fixed: result.fixed.length};
}

class ChangedError extends Error {}

/**
 * Writes the text whole or not at all: into a temporary file beside the pack
 * (same permissions), flushed, then renamed over it, so a crash never leaves
 * half a pack. A symbolic link keeps pointing at the fixed file. A file edited
 * since it was read is not overwritten.
 */
async function replaceFile(file: string, original: string, text: string): Promise<void> {
	const target = await fs.realpath(file);
	const {mode} = await fs.stat(target);
	const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
	const handle = await fs.open(temporary, 'wx', mode & 0o777);
	try {
		try {
			// The umask may have narrowed the mode open() was given.
			await handle.chmod(mode & 0o7777);
			await handle.writeFile(text, 'utf8');
			await handle.sync();
		} finally {
			await handle.close();
		}
		if ((await fs.readFile(target, 'utf8')) !== original) throw new ChangedError('the file changed while it was being fixed; run lint --fix again');
		await fs.rename(temporary, target);
	} finally {
		await fs.rm(temporary, {force: true});
	}
	syncDirectory(path.dirname(target));
}
