import {isAlias, isCollection, isMap, isScalar, isSeq} from 'yaml';
import type {Document, LineCounter, Node} from 'yaml';

/** 1-based, as editors count. */
export type Location = {line: number; column: number};

export type DataPath = ReadonlyArray<string | number>;

/**
 * Where the value at a data path (as zod reports paths) is written in the
 * YAML text; with target 'key', where its key is written.
 */
export type Locate = (path: DataPath, options?: {target?: 'key' | 'value'}) => Location;

export function locationAt(lineCounter: LineCounter, offset: number): Location {
	const {line, col} = lineCounter.linePos(offset);
	return {line: Math.max(line, 1), column: Math.max(col, 1)};
}

/**
 * Walks the document along the path. A path that leaves the document (a
 * missing key, an index past the end) lands on the nearest ancestor that
 * exists, so every problem still gets a place. For a map entry we point at
 * the value when it is a written scalar or a flow collection, otherwise at
 * the key: a block list starts on the next line, where the eye does not look
 * for "options: expected 2–6 options".
 */
export function createLocate(document: Document, lineCounter: LineCounter): Locate {
	return (path, options) => {
		const offset = offsetOf(document, path, options?.target ?? 'value');
		return locationAt(lineCounter, offset);
	};
}

function offsetOf(document: Document, path: DataPath, target: 'key' | 'value'): number {
	let current: unknown = document.contents;
	let offset = startOf(current) ?? 0;
	for (const [index, segment] of path.entries()) {
		if (isAlias(current)) current = current.resolve(document);
		const isLast = index === path.length - 1;
		if (isMap(current)) {
			const pair = current.items.find(item => isScalar(item.key) && String(item.key.value) === String(segment));
			if (!pair) return offset;
			const pointAtKey = isLast && (target === 'key' || !isWrittenValue(pair.value));
			const start = startOf(pointAtKey ? pair.key : pair.value) ?? startOf(pair.key);
			if (start === undefined) return offset;
			offset = start;
			current = pair.value;
		} else if (isSeq(current) && typeof segment === 'number') {
			const item: unknown = current.items[segment];
			const start = startOf(item);
			if (start === undefined) return offset;
			offset = start;
			current = item;
		} else {
			return offset;
		}
	}
	return offset;
}

function isWrittenValue(value: unknown): boolean {
	if (isScalar(value)) return value.value !== null || (value.source ?? '') !== '';
	if (isCollection(value)) return value.flow === true;
	return isAlias(value);
}

function startOf(node: unknown): number | undefined {
	const range = (node as Node | null | undefined)?.range;
	return range?.[0];
}
