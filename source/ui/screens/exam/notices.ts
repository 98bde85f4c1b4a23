import type {ExamState} from '../../../core/exam/exam-state.js';
import {plural} from '../../../core/text/plural.js';
import {toSingleLine} from '../../../core/text/sanitize.js';

/** Said when the packs had fewer questions than asked for (or none). */
export function shortNotice(state: ExamState): string | undefined {
	const tags = state.tags.length > 0 ? ` with the tag${state.tags.length > 1 ? 's' : ''} ${state.tags.map(tag => toSingleLine(tag)).join(', ')}` : '';
	if (state.items.length === 0) return `No questions${tags} in the chosen packs.`;
	if (state.items.length >= state.requested) return undefined;
	return `Only ${plural(state.items.length, 'question')}${tags}, not ${state.requested}: the exam has all of them.`;
}

/** Said when a resumed exam's packs have lost some of its questions. */
export function droppedNotice(state: ExamState): string | undefined {
	if (state.dropped === 0) return undefined;
	return `${plural(state.dropped, 'question')} of this exam ${state.dropped === 1 ? 'is' : 'are'} no longer in ${state.dropped === 1 ? 'its pack' : 'their packs'}; resumed without ${state.dropped === 1 ? 'it' : 'them'}.`;
}

/**
 * Footer hints whose words stay together when the footer wraps ("^S submit",
 * never "^S" at the end of one row and "submit" on the next).
 */
export function unbrokenHints(hints: readonly string[]): string[] {
	return hints.flatMap(hint => hint.split(' · ')).map(hint => hint.replaceAll(' ', '\u00A0'));
}
