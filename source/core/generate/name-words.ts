/** Words that make a phrase a post ("the spokesman", "Foreign Minister") rather than a name. */
export const roleWords =
	/\b(minister|president|premier|chancellor|spokes(?:man|woman|person)|secretary|ambassador|officials?|chief|head|leader|director|governor|senator|lawmaker|mayor|envoy|advis[eo]r|diplomat|general|sources?|analysts?|experts?|officers?|spokes(?:men|women|people))\b/i;

export const bodyWords = /\b(ministry|government|department|agency|office|council|parliament|committee|commission|embassy|party|army|police|court)\b/i;

/** A name ("Peskov", "Dmitry Peskov"), not a description ("the spokesman", "Japan's Prime Minister"). */
export function looksLikeName(text: string): boolean {
	return /^\p{Lu}/u.test(text) && !roleWords.test(text) && !bodyWords.test(text) && !/['’]s\b/.test(text);
}
