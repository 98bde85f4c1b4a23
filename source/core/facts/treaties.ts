import type {ExtractedTreaty, FactEvidence} from './facts.js';
import {splitSentences} from './sentences.js';
import {treatyMentions, type TreatyMention} from './treaties-mentions.js';

type Entry = {mention: TreatyMention; year: number | null; parties: string[]; evidence: FactEvidence};

/**
 * Treaties, accords, agreements, declarations, conventions, pacts, protocols
 * and charters in an article body, once each, in order of first mention.
 *
 * A named treaty keeps its name as written ("San Francisco Peace Treaty",
 * "Treaty of Portsmouth"); mentions with the same name merge. An unnamed one
 * ("a peace treaty between Russia and Japan", signed or not) is named
 * "<parties in alphabetical order, joined by an en dash> <kind>":
 * "Japan–Russia peace treaty", so the name is the same whichever way round an
 * article puts the parties; `parties` keeps the order the text gives them.
 * Unnamed mentions of the same kind merge when one's parties contain the
 * other's (a mention without parties joins the earlier one of its kind).
 * Merges take the union of parties and the first year; evidence is the
 * first mention's sentence.
 */
export function extractTreaties(body: string): ExtractedTreaty[] {
	const entries: Entry[] = [];
	for (const evidence of splitSentences(body)) {
		for (const mention of treatyMentions(evidence.sentence)) {
			const same = entries.find(entry => sameTreaty(entry, mention));
			if (same) {
				same.year ??= mention.year;
				same.parties = [...new Set([...same.parties, ...mention.parties])];
			} else {
				entries.push({mention, year: mention.year, parties: [...mention.parties], evidence: {...evidence}});
			}
		}
	}
	return entries.map(({mention, year, parties, evidence}) => ({
		name: mention.named || parties.length === 0 ? mention.name : `${[...parties].sort().join('–')} ${mention.name}`,
		year,
		parties,
		evidence,
	}));
}

function sameTreaty(entry: Entry, mention: TreatyMention): boolean {
	if (entry.mention.named !== mention.named) return false;
	if (mention.named) return key(entry.mention.name) === key(mention.name);
	if (kind(entry.mention.name) !== kind(mention.name)) return false;
	const contains = (outer: readonly string[], inner: readonly string[]) => inner.every(party => outer.includes(party));
	return contains(entry.parties, mention.parties) || contains(mention.parties, entry.parties);
}

function key(name: string): string {
	return name.toLowerCase().replace(/[–—-]/g, '-').replace(/\s+/g, ' ');
}

/** "peace treaty" and "peace agreement" are the same kind of thing. */
function kind(name: string): string {
	return name.split(' ').slice(0, -1).join(' ');
}
