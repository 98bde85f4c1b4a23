import {slug} from '../../../facts/facts-document.js';
import {contentHash} from '../../../generate/text.js';

const validId = /^[a-z0-9][a-z0-9._-]*$/;

/** Room left for a "-2" suffix within the 80 characters an id may have. */
const stemLength = 72;

export type IdChoice = {id: string; note?: string};

/**
 * The id a GIFT question asks for: its Moodle id number ([id:…]) if that is
 * a valid factdrill id (else made into one, with a note), else its title as
 * a slug, else "gift-" and a hash of its text, so the id stays put when the
 * file is re-imported.
 */
export function chooseId(explicit: string | undefined, title: string | undefined, text: string): IdChoice {
	if (explicit !== undefined) {
		if (validId.test(explicit) && explicit.length <= 80) return {id: explicit};
		const made = stem(explicit);
		if (made !== '') return {id: made, note: `the id "${explicit}" is not a factdrill id (lower-case letters, digits, ".", "_", "-"); using "${made}"`};
	}
	const fromTitle = title === undefined ? '' : stem(title);
	return {id: fromTitle === '' ? `gift-${contentHash(text)}` : fromTitle};
}

function stem(text: string): string {
	return slug(text).slice(0, stemLength).replace(/-+$/, '');
}
