import nlp from 'compromise/two';

const leadingPhrase = /^(?:in|on|at|during|later|however|although|while|after|before|speaking|meanwhile|earlier|last|this)\b[^,]{0,60},\s*(?=\p{Lu})/iu;
const trailingAttribution = /,\s*(?:[^,]{0,60}\s)?(?:said|says|added|reported|noted|told [^,]{1,40}|according to [^,]{1,40})\s*$/i;

type Term = {text: string; tags: string[]; root?: string};

/**
 * A past-tense clause turned into a question: "Tokyo renounced its claims"
 * with lead "When" → "When did Tokyo renounce its claims?"; a passive one
 * keeps its auxiliary ("When were the islands incorporated into …?").
 * Undefined when the clause has no subject before a past-tense verb.
 * `expand` may replace the subject, e.g. a surname by the full name.
 */
export function clauseQuestion(clause: string, lead: string, expand: (subject: string) => string = subject => subject): string | undefined {
	const text = tidyClause(clause);
	const words = text.split(' ');
	// The verb comes within the first words or the clause is no use as a question; tagging less is much faster.
	const terms = (nlp(words.slice(0, 12).join(' ')).compute('root').json() as Array<{terms: Term[]}>)[0]?.terms ?? [];
	const verbAt = terms.findIndex((term, index) => index > 0 && term.tags.includes('Verb'));
	const verb = terms[verbAt];
	if (!verb) return undefined;
	const subject = lowerArticle(expand(words.slice(0, verbAt).join(' ')));
	if (!/\p{L}/u.test(subject) || verbAt > 10) return undefined;
	const next = terms[verbAt + 1];
	const auxiliary = verb.tags.includes('Auxiliary') || verb.tags.includes('Copula') ? verb.text.toLowerCase() : undefined;
	if (auxiliary && next?.tags.includes('PastTense')) {
		const rest = restAfter(words, verbAt + 2);
		if (/^(was|were|is|are)$/.test(auxiliary)) return `${lead} ${auxiliary === 'is' ? 'was' : auxiliary === 'are' ? 'were' : auxiliary} ${subject} ${next.text}${rest}?`;
		if (/^(has|have|had)$/.test(auxiliary) && next.root) return `${lead} did ${subject} ${next.root}${rest}?`;
		return undefined;
	}
	if (!verb.tags.includes('PastTense') || !verb.root) return undefined;
	return `${lead} did ${subject} ${verb.root}${restAfter(words, verbAt + 1)}?`;
}

/** The clause without a leading "In her speech," or a trailing ", spokesman X said". */
export function tidyClause(clause: string): string {
	return clause.trim().replace(/[.]+$/, '').replace(leadingPhrase, '').replace(trailingAttribution, '').trim();
}

function restAfter(words: readonly string[], index: number): string {
	const rest = words.slice(index).join(' ').replace(/[.?!]+$/, '');
	return rest ? ` ${rest}` : '';
}

function lowerArticle(subject: string): string {
	return subject.replace(/^(The|A|An) /, article => article.toLowerCase());
}
