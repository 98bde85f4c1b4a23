import fs from 'node:fs';

export type JsonFile = {kind: 'missing'} | {kind: 'parsed'; data: unknown} | {kind: 'not-json'; reason: string};

/** A store's file as JSON: missing, parsed, or not JSON (with the parser's reason); other read errors throw. */
export function readJsonFile(file: string): JsonFile {
	let text: string;
	try {
		text = fs.readFileSync(file, 'utf8');
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {kind: 'missing'};
		throw error;
	}
	try {
		return {kind: 'parsed', data: JSON.parse(text)};
	} catch (error) {
		if (error instanceof SyntaxError) return {kind: 'not-json', reason: error.message};
		throw error;
	}
}
