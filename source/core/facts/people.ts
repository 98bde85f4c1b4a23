import type {ExtractedPerson} from './facts.js';
import {extractQuotesAndPeople} from './quotes.js';

/** People the article names, merged across it: full name, roles, other ways it names them. Pure; never throws. */
export function extractPeople(body: string): ExtractedPerson[] {
	return extractQuotesAndPeople(body).people;
}
