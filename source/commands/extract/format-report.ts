import type {Article} from '../../core/article/article.js';
import type {ArticleFacts} from '../../core/facts/facts.js';
import {toSingleLine} from '../../core/text/sanitize.js';

/** The readable report of one article: what it is, then who said what, when, which treaty, and who. */
export function formatReport(name: string, article: Article, facts: ArticleFacts): string {
	const lines: string[] = [];
	const clean = (text: string | null) => toSingleLine(text ?? '');
	lines.push(`== ${clean(name)}`);
	lines.push(clean(article.title) || '(no title found)');
	const about = [article.outlet, article.byline && article.byline !== article.outlet ? `by ${article.byline}` : null, article.published]
		.filter(Boolean)
		.map(part => clean(part));
	lines.push(`${about.join(' · ') || 'outlet and date not found'} · ${paragraphs(article.body)} paragraphs, ${words(article.body)} words`);

	lines.push('', `Quotes (${facts.quotes.length})`);
	for (const quote of facts.quotes) {
		const who = quote.speaker ? clean(quote.speaker) + (quote.speakerRole ? ` (${clean(quote.speakerRole)})` : '') : 'unknown speaker';
		const words = quote.kind === 'direct' ? `“${clean(quote.text)}”` : clean(quote.text);
		lines.push(`  ${who}, ${quote.kind}${quote.cue ? `, ${clean(quote.cue)}` : ''}:`, `    ${words}`);
	}

	lines.push('', `Dates (${facts.dates.length})`);
	for (const date of facts.dates) {
		lines.push(`  ${(date.value ?? '?').padEnd(10)}  ${clean(date.text)}${date.event ? ` — ${clean(date.event)}` : ''}`);
	}

	lines.push('', `Treaties (${facts.treaties.length})`);
	for (const treaty of facts.treaties) {
		const parties = treaty.parties.length > 0 ? ` — ${treaty.parties.map(party => clean(party)).join(', ')}` : '';
		lines.push(`  ${clean(treaty.name)}${treaty.year === null ? '' : ` (${treaty.year})`}${parties}`);
	}

	lines.push('', `People (${facts.people.length})`);
	for (const person of facts.people) {
		const roles = person.roles.length > 0 ? ` — ${person.roles.map(role => clean(role)).join('; ')}` : '';
		const aliases = person.aliases.length > 0 ? `; also ${person.aliases.map(alias => `“${clean(alias)}”`).join(', ')}` : '';
		lines.push(`  ${clean(person.name)}${roles}${aliases}`);
	}
	return `${lines.join('\n')}\n`;
}

function paragraphs(body: string): number {
	return body.split(/\n\s*\n/).filter(part => part.trim()).length;
}

function words(body: string): number {
	return body.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}
