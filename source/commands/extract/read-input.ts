import {readFile, stat} from 'node:fs/promises';
import path from 'node:path';
import type {ArticleFormat} from '../../core/article/article.js';
import {commonFileProblem, megabytes} from '../../core/text/file-messages.js';
import {detectFormat, formatFromContentType, formatFromExtension} from './detect-format.js';
import {errorMessage} from '../../core/text/error-message.js';

/** Articles are a few hundred KB at most; anything past this is a mistake or an attack on memory. */
export const maxInputBytes = 10 * 1024 * 1024;
export const fetchTimeoutMs = 15_000;

export type InputText = {name: string; text: string; format: ArticleFormat; url: string | null};
export type InputProblem = {name: string; problem: string};

export type ReadOptions = {
	cwd: string;
	/** Reads all of standard input; injected so tests need no real stdin. */
	readStdin: () => Promise<Uint8Array>;
	maxBytes?: number;
	timeoutMs?: number;
	/** Overrides detection: --format html|text|markdown. */
	format?: ArticleFormat;
};

/** Reads one input — a file, "-" for standard input, or an http(s) URL — as text. Never throws. */
export async function readInput(spec: string, options: ReadOptions): Promise<InputText | InputProblem> {
	const maxBytes = options.maxBytes ?? maxInputBytes;
	try {
		if (spec === '-') return decode('stdin', await options.readStdin(), maxBytes, null, options.format);
		if (/^https?:\/\//i.test(spec)) return await readUrl(spec, maxBytes, options);
		if (/^[a-z][a-z0-9+.-]*:\/\//i.test(spec)) return {name: spec, problem: 'only http:// and https:// addresses can be read'};
		return await readFileInput(spec, maxBytes, options);
	} catch (error) {
		return {name: spec, problem: describeError(error)};
	}
}

async function readFileInput(file: string, maxBytes: number, options: ReadOptions): Promise<InputText | InputProblem> {
	const absolute = path.resolve(options.cwd, file);
	const stats = await stat(absolute);
	if (stats.isDirectory()) return {name: file, problem: 'is a folder, not an article'};
	if (!stats.isFile()) return {name: file, problem: 'is not a regular file'};
	if (stats.size > maxBytes) return {name: file, problem: tooBig(stats.size, maxBytes)};
	return decode(file, await readFile(absolute), maxBytes, null, options.format ?? formatFromExtension(file));
}

async function readUrl(url: string, maxBytes: number, options: ReadOptions): Promise<InputText | InputProblem> {
	const timeoutMs = options.timeoutMs ?? fetchTimeoutMs;
	let response: Response;
	try {
		response = await fetch(url, {signal: AbortSignal.timeout(timeoutMs), redirect: 'follow', headers: {accept: 'text/html, text/plain, text/markdown;q=0.9, */*;q=0.1'}});
	} catch (error) {
		if (error instanceof DOMException && error.name === 'TimeoutError') return {name: url, problem: `no answer within ${timeoutMs / 1000} s`};
		return {name: url, problem: `could not fetch it (${describeError(error)})`};
	}
	if (!response.ok) {
		await response.body?.cancel();
		return {name: url, problem: `the server answered ${response.status} ${response.statusText}`.trim()};
	}
	const contentType = response.headers.get('content-type') ?? '';
	const announced = formatFromContentType(contentType);
	if (announced === undefined) {
		await response.body?.cancel();
		return {name: url, problem: `is not text but ${contentType.split(';')[0] || 'an unknown type'}`};
	}
	const declared = Number(response.headers.get('content-length'));
	if (declared > maxBytes) {
		await response.body?.cancel();
		return {name: url, problem: tooBig(declared, maxBytes)};
	}
	const bytes = await readCapped(response, maxBytes);
	if (bytes === undefined) return {name: url, problem: `is over the ${megabytes(maxBytes)} limit for articles`};
	return decode(url, bytes, maxBytes, url, options.format ?? announced);
}

/** The body, or undefined as soon as it passes the cap (a server may not send a length). */
async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array | undefined> {
	const chunks: Uint8Array[] = [];
	let total = 0;
	for await (const chunk of response.body ?? []) {
		total += chunk.byteLength;
		if (total > maxBytes) {
			await response.body?.cancel().catch(() => undefined);
			return undefined;
		}
		chunks.push(chunk);
	}
	return Buffer.concat(chunks);
}

function decode(name: string, bytes: Uint8Array, maxBytes: number, url: string | null, format: ArticleFormat | undefined): InputText | InputProblem {
	if (bytes.byteLength > maxBytes) return {name, problem: tooBig(bytes.byteLength, maxBytes)};
	if (bytes.subarray(0, 8192).includes(0)) return {name, problem: 'is a binary file, not text'};
	let text: string;
	try {
		text = new TextDecoder('utf-8', {fatal: true}).decode(bytes);
	} catch {
		return {name, problem: 'is not valid UTF-8 text'};
	}
	if (text.trim().length === 0) return {name, problem: 'is empty'};
	return {name, text, format: format ?? detectFormat(text), url};
}

function tooBig(bytes: number, maxBytes: number): string {
	return `is ${megabytes(bytes)}; articles are limited to ${megabytes(maxBytes)}`;
}

function describeError(error: unknown): string {
	const known = commonFileProblem(error);
	if (known) return known;
	const cause = (error as {cause?: {code?: string; message?: string}} | null)?.cause;
	if (cause?.code === 'ECONNREFUSED') return 'connection refused';
	if (cause?.code === 'ENOTFOUND') return 'no such host';
	return errorMessage(error);
}
