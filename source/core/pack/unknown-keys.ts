import {editDistance} from '../questions/edit-distance.js';
import {quote} from './diagnostic.js';
import {isRecord} from '../is-record.js';
import {valueAt} from './issue-messages.js';
import {evidenceSchema, factSchema, packSchema, questionSchema, sourceSchema} from './schema.js';
import type {DataPath} from './yaml-location.js';

/**
 * "unknown key "answer" (did you mean "answers"?)": a misspelt or misplaced
 * key is the most common pack mistake, so we name the keys that would fit.
 */
export function unknownKeyMessage(key: string, path: DataPath, data: unknown): string {
	const allowed = allowedKeys(path, data);
	if (allowed.length === 0) return `unknown key ${quote(key)}`;
	const suggestion = closestKey(key, allowed);
	const hint = suggestion ? `did you mean "${suggestion}"?` : `allowed here: ${allowed.join(', ')}`;
	return `unknown key ${quote(key)} (${hint})`;
}

function allowedKeys(path: DataPath, data: unknown): string[] {
	const [collection, , child] = path;
	if (path.length === 0) return Object.keys(packSchema.shape);
	if (path.length === 2 && collection === 'sources') return Object.keys(sourceSchema.shape);
	if (path.length === 2 && collection === 'facts') {
		const type = typeAt(data, path);
		const variant = factSchema.options.find(option => option.shape.type.value === type);
		return variant ? Object.keys(variant.shape) : [];
	}
	if (collection !== 'questions') return [];
	if (path.length === 2) {
		const type = typeAt(data, path);
		const variant = questionSchema.options.find(option => option.shape.type.value === type);
		return variant ? Object.keys(variant.shape) : [];
	}
	if (path.length === 3 && child === 'evidence') return Object.keys(evidenceSchema.shape);
	if (path.length === 4 && child === 'pairs') return ['left', 'right'];
	return [];
}

function typeAt(data: unknown, path: DataPath): unknown {
	const item = valueAt(data, path);
	return isRecord(item) ? item['type'] : undefined;
}

function closestKey(key: string, allowed: string[]): string | undefined {
	let best: {key: string; distance: number} | undefined;
	for (const candidate of allowed) {
		const distance = editDistance(key.toLowerCase(), candidate.toLowerCase());
		if (distance <= Math.min(2, Math.floor(candidate.length / 3)) && (!best || distance < best.distance)) {
			best = {key: candidate, distance};
		}
	}
	return best?.key;
}
