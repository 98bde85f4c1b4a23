import {looksLikeName} from '../../generate/name-words.js';
import {normalizeAnswer} from '../../questions/normalize.js';
import {parseCloze} from '../cloze.js';
import {aliasGroups} from '../quality-rules.js';
import type {Pack} from '../schema.js';
import type {PackProblem} from './problem.js';

/** Words that make a capitalised phrase a place, a body or a document rather than a person. */
const notPersonWords =
	/\b(islands?|territor(?:y|ies)|treaty|peace|accords?|agreements?|conventions?|pact|charter|declaration|act|sea|straits?|bay|gulf|river|ocean|lake|mountains?|republic|kingdom|union|nations|states|federation|empire|province|region|city|palace|house|square|street|assembly|congress|senate|war|revolution|university|bank|fund|airport|north|south|east|west|northern|southern|eastern|western|central|new|great|united)\b/i;

/**
 * A cloze gap for a person's name that accepts only one form of it: a
 * learner who types the surname, as news reports mostly do, is marked wrong.
 * A name is a person fact's name or alias, or two or more capitalised words
 * that are not a place or a body and do not follow "the". Only gaps we can
 * suggest an alternative for are reported.
 */
export function clozeNameAlternatives(pack: Pack): PackProblem[] {
	const people = aliasGroups(pack);
	return pack.questions.flatMap((question, index) => {
		if (question.type !== 'cloze') return [];
		const segments = parseCloze(question.text);
		return segments.flatMap((segment, position) => {
			if (segment.kind !== 'gap' || segment.accepted.length !== 1) return [];
			const [name] = segment.accepted as [string];
			const before = segments[position - 1];
			const known = people.get(normalizeAnswer(name));
			if (!known && !looksLikeFullName(name, before?.kind === 'text' ? before.text : '')) return [];
			const others = [...(known ?? []), ...(name.includes(' ') ? [name.split(/\s+/).at(-1)!] : [])].filter(
				other => looksLikeName(other) && normalizeAnswer(other) !== normalizeAnswer(name),
			);
			const suggestion = [...new Set(others)];
			if (suggestion.length === 0) return [];
			return [
				{
					rule: 'cloze-name-alternatives' as const,
					path: ['questions', index, 'text'],
					message: `gap {{${name}}} is a person's name but accepts no other form, so typing “${suggestion[0]}” is marked wrong: write {{${[name, ...suggestion].join('|')}}}`,
				},
			];
		});
	});
}

function looksLikeFullName(text: string, before: string): boolean {
	const words = text.trim().split(/\s+/);
	return (
		words.length >= 2 &&
		words.length <= 4 &&
		words.every(word => /^\p{Lu}[\p{L}'’.-]*$/u.test(word)) &&
		looksLikeName(text) &&
		!notPersonWords.test(text) &&
		!/\bthe\s*$/i.test(before)
	);
}
