import type {Token} from './quotes-tokens.js';
import type {Candidate} from './quotes-candidates.js';
import {isCueWord, isPunct, isWord} from './quotes-phrases.js';
import {withoutFinalStop} from './quotes-content.js';

/** First words of a colon-led line that label page furniture, not a speaker. */
const labels = new Set([
	'read', 'related', 'note', 'update', 'updated', 'photo', 'photos', 'watch', 'source', 'editor', "editor's", 'disclaimer',
	'breaking', 'advertisement', 'video', 'listen', 'see', 'also', 'share', 'follow', 'subscribe', 'by', 'posted', 'published',
	'image', 'images', 'credit', 'caption', 'tags', 'topics', 'comments', 'warning', 'more', 'click', 'email', 'contact',
	'correction', 'clarification', 'live', 'opinion', 'analysis', 'exclusive', 'quiz', 'question', 'answer', 'q',
	'part', 'chapter', 'step', 'tip', 'example', 'summary', 'background', 'context', 'timeline', 'abstract', 'full',
]);

const dashes = new Set(['―', '—', '–', '-', '--']);

/**
 * `Flynn: Trump was right` as a headline (the body's first unit), a
 * transcript line `PENCE: Well, look…`, or `Trump: "…"` anywhere.
 */
export function colonCandidates(tokens: readonly Token[], isFirstUnit: boolean): Candidate[] {
	// A transcript turn may open with the quote mark of an unclosed quote: `"PENCE: Well, …`.
	const first = isPunct(tokens[0], '"', '“') ? 1 : 0;
	const colon = tokens.findIndex((token, index) => index > first && index <= first + 8 && isPunct(token, ':'));
	if (colon < 1 || colon + 1 >= tokens.length) return [];
	let speakerEnd = colon;
	const on = tokens.findIndex((token, index) => index > first && index < colon && (token.lower === 'on' || token.lower === 'to'));
	if (on > 0 && isFirstUnit) speakerEnd = on;
	const speaker = tokens.slice(first, speakerEnd);
	if (!speaker.every(token => isWord(token) || isPunct(token, '.', '-', '&'))) return [];
	if (!speaker[0]?.capitalised || labels.has(speaker[0].lower.replace(/\.$/, ''))) return [];
	if (speaker.some(token => isCueWord(token))) return [];
	const shout = speaker.every(token => !isWord(token) || token.text === token.text.toUpperCase()) && speaker.some(token => token.text.length > 1);
	const quoted = tokens[colon + 1]?.kind === 'quote';
	if (!isFirstUnit && !shout && !quoted) return [];
	return [{
		cue: {from: on > 0 && isFirstUnit ? on : colon, to: colon + 1},
		cueClasses: ['speech'],
		cueExtra: null,
		speaker: {from: first, to: speakerEnd},
		inheritsSpeaker: false,
		content: [{from: colon + 1, to: withoutFinalStop(tokens, colon + 1, tokens.length)}],
		pattern: 'colon',
	}];
}

/** `"…" ― Sonya Herridge` at the end of a unit. */
export function dashCandidates(tokens: readonly Token[]): Candidate[] {
	let dash = tokens.length - 1;
	while (dash > 0 && !(isPunct(tokens[dash]) && dashes.has(tokens[dash]?.text ?? ''))) dash--;
	if (dash < 1 || tokens.length - dash > 7) return [];
	let quote = dash - 1;
	while (quote > 0 && isPunct(tokens[quote])) quote--;
	if (tokens[quote]?.kind !== 'quote') return [];
	const speakerEnd = withoutFinalStop(tokens, dash + 1, tokens.length);
	const speaker = tokens.slice(dash + 1, speakerEnd);
	if (speaker.length === 0 || !speaker[0]?.capitalised || !speaker.every(token => isWord(token) || isPunct(token, ',', '.'))) return [];
	return [{
		cue: {from: dash, to: dash + 1},
		cueClasses: ['speech'],
		cueExtra: null,
		speaker: {from: dash + 1, to: speakerEnd},
		inheritsSpeaker: false,
		content: [{from: 0, to: quote + 1}],
		pattern: 'dash',
	}];
}
