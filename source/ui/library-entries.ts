import {loadedPacks, type PackEntry} from '../core/pack/load.js';
import type {Pack} from '../core/pack/schema.js';

/** The studyable pack with this id, if any. */
export function playablePack(entries: readonly PackEntry[], packId: string): Pack | undefined {
	const entry = entries.find(candidate => candidate.status === 'ok' && candidate.pack.id === packId);
	return entry?.status === 'ok' ? entry.pack : undefined;
}

/** Ids of the packs that loaded: a new pack must not take one of them. */
export function packIds(entries: readonly PackEntry[]): ReadonlySet<string> {
	return new Set(loadedPacks(entries).map(pack => pack.id));
}

/** The entries with one more, where the library would list it on the next start: by title, before broken packs. */
export function addEntry(entries: readonly PackEntry[], added: PackEntry): PackEntry[] {
	const title = (entry: PackEntry) => (entry.status === 'ok' ? entry.pack.title : undefined);
	const addedTitle = title(added);
	const index = entries.findIndex(entry => {
		const existing = title(entry);
		return existing === undefined || (addedTitle !== undefined && existing.localeCompare(addedTitle, 'en', {sensitivity: 'base'}) > 0);
	});
	return index === -1 ? [...entries, added] : [...entries.slice(0, index), added, ...entries.slice(index)];
}
