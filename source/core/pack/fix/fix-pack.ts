import {isDeepStrictEqual} from 'node:util';
import {isMap, parseDocument} from 'yaml';
import type {RuleId} from '../rules.js';
import {fixesOf, type Fix, type PlainPack} from './fixes.js';

export type FixResult = {text: string; fixed: RuleId[]};

/**
 * Makes the safe repairs (missing ids, an option listed twice, an answer
 * that differs from its option only in case) as small edits of the text, so
 * comments, key order, quoting and layout stay as the author wrote them:
 * yaml's own toString would re-space flow lists ("[a, b]" → "[ a, b ]") and
 * re-fold long lines. Each edit is checked by reading the text again: it
 * must still be valid YAML holding exactly the intended data, or it is not
 * made. A file with YAML syntax errors is returned as it is.
 */
export function fixPackText(text: string): FixResult {
	let current = text;
	const fixed: RuleId[] = [];
	const failed = new Set<string>();
	for (;;) {
		const before = readPlain(current);
		if (!before) break;
		const fix = fixesOf(before.document, current).find(candidate => {
			if (failed.has(candidate.key)) return false;
			if (isSafe(candidate, current, before.data)) return true;
			failed.add(candidate.key);
			return false;
		});
		if (!fix) break;
		current = applyFix(current, fix);
		fixed.push(fix.rule);
	}
	return {text: current, fixed};
}

function applyFix(text: string, fix: Fix): string {
	return `${text.slice(0, fix.start)}${fix.replacement}${text.slice(fix.end)}`;
}

function isSafe(fix: Fix, text: string, data: PlainPack): boolean {
	const after = readPlain(applyFix(text, fix));
	if (!after) return false;
	const expected = structuredClone(data);
	try {
		fix.change(expected);
	} catch {
		return false;
	}
	return isDeepStrictEqual(after.data, expected);
}

function readPlain(text: string): {document: ReturnType<typeof parseDocument>; data: PlainPack} | undefined {
	const document = parseDocument(text, {prettyErrors: false});
	if (document.errors.length > 0 || !isMap(document.contents)) return undefined;
	try {
		return {document, data: document.toJS() as PlainPack};
	} catch {
		// toJS refuses alias bombs; such a file is not touched.
		return undefined;
	}
}
