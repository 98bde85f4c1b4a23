/**
 * Generic page furniture: the phrases news and blog templates put around and
 * inside an article in every language of the web's English-speaking half.
 * These are patterns of page templates, never of one site.
 */

/** Lines that are furniture whatever follows them: prompts, share bars, notices. Each starts at the line's start. */
const furnitureLine = new RegExp(
	[
		String.raw`(?:read|see|watch|listen) (?:more|also|next|the full|this)\b`,
		String.raw`also (?:read|see|watch)\b`,
		String.raw`(?:more|related|recommended|suggested|trending)(?: \w+){0,3} ?[:»›>|-](?:\s|$)`,
		String.raw`(?:click|tap) here\b`,
		String.raw`(?:share|tweet|email|print|pin|save|comment)s?(?: (?:this|on|via|the|to|article|story|post|page|facebook|twitter|x|linkedin|whatsapp|reddit)\b.{0,40})?$`,
		String.raw`(?:follow|like) us\b`,
		String.raw`(?:subscribe|sign up|sign in|log ?in|register|join)\b`,
		String.raw`(?:post|add|leave|write) (?:a |your )?comments?\b.{0,20}$`,
		String.raw`(?:advertisement|advertising|sponsored(?: content)?|ad|promoted|story continues below|continue reading(?: the main story| below)?|article continues below)\W*$`,
		String.raw`(?:skip to|jump to|back to top|go to)\b.{0,60}$`,
		String.raw`(?:copyright|all rights reserved|©|\(c\) \d{4})`,
		String.raw`(?:privacy policy|terms of (?:use|service|sale)|cookie (?:policy|settings|preferences)|about us|contact us|site ?map)\b`,
		String.raw`we use cookies\b`,
		String.raw`(?:download|get) (?:the|our) (?:\w+ )?app\b|open in app$|(?:available on|get it on|download on) (?:the )?(?:app store|google play)`,
		String.raw`disclaimer\b`,
		String.raw`(?:image|photo|picture|video|graphic)s?(?: credit)?s? ?(?::|by|courtesy|source)\b.{0,120}$`,
		String.raw`(?:file )?photo\W*$|credit\W*$|getty images\W*$`,
		String.raw`\d+(?:[.,]\d+)?[km]? (?:shares?|comments?|views?|likes?|reads?)$`,
		String.raw`\d+ min(?:ute)?s? read$`,
		String.raw`(?:source|sources|tags?|topics?|filed under|categories|category|keywords?) ?:`,
		String.raw`\(?(?:reporting|additional reporting|editing|writing|compiled|produced) by\b`,
		String.raw`this (?:article|story|post) (?:was|has been|is) (?:auto-?published|generated|published from)\b`,
		String.raw`(?:have|got) a (?:news )?tip\b|send us a tip\b`,
		String.raw`(?:previous|next) (?:article|story|post)\b`,
		String.raw`(?:updated|published|posted|last updated)\b.{0,60}$`,
	]
		.map(pattern => `^(?:${pattern})`)
		.join('|'),
	'i',
);

/** Phrases that make a short line furniture wherever they stand in it. */
const furniturePhrase =
	/\ball rights reserved\b|\bthis (?:site|website) uses cookies\b|\baccept (?:all )?cookies\b|\bin your inbox\b|\b(?:subscribe|sign up) (?:to|for) (?:our|the) (?:\S+ ){0,3}newsletters?\b|\bshare (?:it|this(?: story| article| post)?) with\b|\bfollow (?:him|her|them|us|me) on (?:twitter|facebook|instagram|x)\b/i;
// The site's own legal small print: "use of this site constitutes acceptance of our User Agreement".
const ownSite = /\b(?:this|our) (?:site|website|web site)\b/i;
const legalWord = /\b(?:reproduc|copyright|cookies|privacy|terms of|user agreement|consent|advertis|affiliate|commission)/i;
// Longer lines than these are the article's own sentences, whatever words they use.
const furnitureLength = 300;

/**
 * Headings that introduce a block of links to other stories, or the comments.
 * What follows them is furniture until the next real paragraph.
 */
const linkBlockHeading = new RegExp(
	[
		String.raw`(?:related|recommended|suggested)(?: \S+){0,4}`,
		String.raw`(?:trending|popular|latest|top|more|most (?:read|viewed|popular|shared|commented))(?: (?:now|today|this week))?(?: (?:news|stories|articles|headlines|posts|videos|reads|links|picks))?(?: (?:from|on|in|at|for) .{1,40})?`,
		String.raw`read next|up next|what to read next|you (?:may|might) (?:also )?(?:like|enjoy)|also (?:on|in|from) .{1,40}|other stories`,
		String.raw`editor'?s? picks?|don'?t miss|in case you missed it|further reading|see also|around the web|from (?:the|our) (?:web|partners)`,
		String.raw`coverage|in (?:other|related) news`,
	]
		.map(pattern => `^(?:${pattern})$`)
		.join('|'),
	'i',
);

/** Headings after which nothing belongs to the article (comment threads, page footers). */
const endHeading =
	/^(?:comments?|\d+ comments?|leave a (?:reply|comment)|post a comment|join the (?:conversation|discussion)|reader comments|conversation|discussion|share your thoughts|what do you think\??|about the author|newsletter|sign up for (?:our|the) newsletter)\W*$/i;

const timestamp = /\b\d{1,2}:\d{2}(?:\s*[ap]\.?m\b\.?)?|\b(?:an?|\d+) (?:second|minute|min|hour|hr|day|week|month|year)s? ago\b/i;
const commentHeader = /\b(?:said|says|wrote|commented|replied|responded)\s*:?$/i;
const voteCount = /^(?:rating:? )?[+-]?\d+ (?:votes?|points?|likes?|replies|reactions)$/i;
const commentCount = /\b\d+ (?:comments?|responses?|replies|reactions)\b/i;

/**
 * The short lines a comment thread puts above or below each comment: when it
 * was posted, who said it, its votes. One alone may be a byline's date; a run
 * of them is a thread.
 */
export function isCommentMarker(text: string): boolean {
	const trimmed = text.trim();
	if (trimmed.length > 120 || trimmed.split(/\s+/).length > 12) return false;
	return timestamp.test(trimmed) || commentHeader.test(trimmed) || voteCount.test(trimmed);
}

/** Text browsers print an image as its alt text or file name in brackets: "[harbour-at-dawn]". */
export function isImagePlaceholder(text: string): boolean {
	return /^\[[^\]]{0,200}\]$/.test(text.trim());
}

/** "© 2019 Example Media. All rights reserved.": the page footer starts near here. */
export function isCopyrightLine(text: string): boolean {
	const trimmed = text.trim();
	return trimmed.length <= furnitureLength && (/^(?:copyright\b|©|\(c\) \d{4})/i.test(trimmed) || /\ball rights reserved\b/i.test(trimmed));
}

export function isFurnitureLine(text: string): boolean {
	const trimmed = text.trim();
	if (trimmed.length > furnitureLength) return false;
	return furnitureLine.test(trimmed) || furniturePhrase.test(trimmed) || (ownSite.test(trimmed) && legalWord.test(trimmed));
}

export function isLinkBlockHeading(text: string): boolean {
	const trimmed = text.trim().replace(/[:\s»›>.…]+$/u, '');
	return trimmed.length > 0 && trimmed.length <= 60 && linkBlockHeading.test(trimmed);
}

export function isEndHeading(text: string): boolean {
	const trimmed = text.trim();
	return endHeading.test(trimmed) || (commentCount.test(trimmed) && trimmed.split(/\s+/).length <= 12);
}

/**
 * A short line that credits an image: "Region of the islands (TASS)",
 * "The harbour at dawn. Photo: Jane Doe", "… Credit...Agency".
 */
export function isCaption(text: string): boolean {
	const trimmed = text.trim();
	if (trimmed.length > 220) return false;
	// Text browsers run a caption into its credit: "…sought treatmentCredit: EPA".
	if (/(?:credit|\bphoto(?:graph)?|\bimage|\bpicture)s?\s*(?::|by\b|\.{2,}|…|\/)/i.test(trimmed)) return true;
	if (/^(?:image|media|photo|video) (?:caption|copyright|source)\b/i.test(trimmed)) return true;
	if (/\b(?:getty images|shutterstock|istock(?:photo)?)\b/i.test(trimmed)) return true;
	// A closing parenthesised credit after text without a full stop of its own.
	return /^[^.!?]{8,200}\((?:[\p{Lu}][\p{L}.&' -]{1,30}|[\p{L}.&' -]{1,30}\/[\p{L}.&' /-]{1,30})\)$/u.test(trimmed);
}
