import fs from 'node:fs/promises';
import path from 'node:path';
import {checkPack} from '../../core/pack/lint-rules.js';
import {findPack, maxPackBytes} from '../../core/pack/load.js';
import type {Pack} from '../../core/pack/schema.js';
import {commonFileProblem, errorCode, megabytes} from '../../core/text/file-messages.js';
import {toSingleLine} from '../../core/text/sanitize.js';
import type {CommandIo} from '../io.js';
import {loadLibrary} from '../library.js';
import {errorLines} from './output-file.js';

/** A pack `factdrill add` may change: where it really is, how it is named in messages, its text as read and its mode. */
export type PackToEdit = {file: string; shown: string; text: string; pack: Pack; mode: number};

/**
 * The pack `add` means: a file when one is at that path; otherwise a pack
 * of the library with that id. Built-in packs found by id are refused (an
 * update of factdrill replaces them); a built-in file given by its path is
 * edited, as whoever maintains the pack would. A pack with lint errors is
 * refused: the result must pass lint, and add only appends.
 */
export async function packToEdit(spec: string, io: CommandIo): Promise<PackToEdit | {problem: string}> {
	const shown = toSingleLine(spec);
	const given = path.resolve(io.cwd, spec);
	const exists = await fs.stat(given).then(
		stats => stats.isFile(),
		() => false,
	);
	if (exists) return readPack(given, shown);
	if (/\.ya?ml$/i.test(spec) || spec.includes('/') || spec.includes(path.sep)) return {problem: `cannot read ${shown}: there is no such file`};
	const entry = findPack(await loadLibrary(io.env), spec, io.cwd);
	if (entry?.status !== 'ok') return {problem: `no file ${shown} here and no pack with that id in the library (factdrill packs lists them)`};
	if (entry.origin === 'built-in') {
		return {problem: `${shown} is a built-in pack, which add does not change (an update of factdrill would replace it); copy ${entry.file} to a file of your own and add to the copy`};
	}
	return readPack(entry.file, entry.file);
}

async function readPack(file: string, shown: string): Promise<PackToEdit | {problem: string}> {
	let text: string;
	let real: string;
	let mode: number;
	try {
		// Through a symbolic link to the file itself, so the link stays a link.
		real = await fs.realpath(file);
		const stats = await fs.stat(real);
		if (stats.size > maxPackBytes) return {problem: `cannot read ${shown}: the file is ${megabytes(stats.size)}; packs are limited to ${megabytes(maxPackBytes)}`};
		mode = stats.mode & 0o7777;
		text = new TextDecoder('utf-8', {fatal: true}).decode(await fs.readFile(real));
	} catch (error) {
		if (error instanceof TypeError) return {problem: `cannot read ${shown}: it is not UTF-8 text`};
		return {problem: `cannot read ${shown}: ${commonFileProblem(error) ?? errorCode(error) ?? String(error)}`};
	}
	const checked = checkPack(text, shown);
	if (!checked.pack) return {problem: `${shown} has errors; fix them first (nothing was changed):\n${errorLines(checked.diagnostics)}`};
	return {file: real, shown, text, pack: checked.pack, mode};
}
