import {slug} from '../facts/facts-document.js';
import {contentHash} from './text.js';
import type {QuestionKind} from './types.js';

/**
 * "who-said.moscow-also-supports-signing.1x2k9ab": the kind, a few words
 * to recognise it by, and a hash of the content it asks about. Rewording
 * nothing and regenerating gives the same id, so progress carries over;
 * a corrected fact gives a new one.
 */
export function questionId(kind: QuestionKind, key: string): string {
	const longest = key.split('\n').sort((a, b) => b.length - a.length)[0] ?? key;
	const words = slug(longest).split('-').filter(word => word.length > 2).slice(0, 4).join('-');
	return `${kind}.${words ? `${words}.` : ''}${contentHash(`${kind}\n${key}`)}`;
}
