import {Document, isMap, isScalar} from 'yaml';
import type {Pack} from './schema.js';

/**
 * A pack as the YAML a teacher reads and edits: id and type first in each
 * fact and question, a blank line before each top-level list and between its
 * entries, long lines left unfolded so an evidence sentence stays greppable.
 * `comment` goes at the top.
 */
export function packToYaml(pack: Pack, comment?: string): string {
	const ordered = {...pack, facts: pack.facts.map(idAndTypeFirst), questions: pack.questions.map(idAndTypeFirst)};
	const document = new Document(ordered);
	if (comment) document.commentBefore = comment.replace(/^/gm, ' ');
	if (isMap(document.contents)) {
		for (const pair of document.contents.items) {
			if (!isScalar(pair.key) || !['sources', 'facts', 'questions'].includes(String(pair.key.value))) continue;
			pair.key.spaceBefore = true;
			const list = pair.value;
			if (list && typeof list === 'object' && 'items' in list && Array.isArray(list.items)) {
				for (const [index, item] of list.items.entries()) {
					if (index > 0 && isMap(item)) item.spaceBefore = true;
				}
			}
		}
	}
	return document.toString({lineWidth: 0});
}

function idAndTypeFirst<T extends {id: string; type: string}>(entry: T): T {
	const {id, type, ...rest} = entry;
	return {id, type, ...rest} as T;
}
