import {toSingleLine} from '../../../text/sanitize.js';
import type {Pack} from '../../schema.js';
import type {Exporter} from '../types.js';
import {plainField, tagList} from './anki-html.js';
import {ankiNote} from './anki-notes.js';

/**
 * The headers Anki (2.1.55+) reads from a text file. The deck is a column,
 * not `#deck:`, because Anki uses `#deck:` only when that deck already
 * exists, while a deck column creates it.
 */
const headers = ['#separator:tab', '#html:true', '#guid column:1', '#notetype column:2', '#deck column:3', '#tags column:6'];

/** The note's GUID: the pack and question ids, so importing a new export updates the notes instead of adding copies. */
export function ankiGuid(packId: string, questionId: string): string {
	return `factdrill:${packId}:${questionId}`;
}

/** Anki's tab-separated text import: every question as a Basic or Cloze note in a deck named after the pack. */
export function writeAnki(pack: Pack): {text: string; skipped: []} {
	const deck = toSingleLine(pack.title);
	const rows = pack.questions.map(question => {
		const note = ankiNote(pack, question);
		const tags = tagList([...pack.tags, ...(question.tags ?? [])]);
		return [plainField(ankiGuid(pack.id, question.id)), note.notetype, plainField(deck), note.first, note.second, plainField(tags)].join('\t');
	});
	return {text: `${[...headers, ...rows].join('\n')}\n`, skipped: []};
}

export const ankiExporter: Exporter = {format: 'anki', extension: 'txt', write: writeAnki};
