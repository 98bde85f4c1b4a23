/**
 * Facts extracted from an article body. Every fact carries evidence: the
 * sentence it comes from and that sentence's [start, end) offsets in the body.
 */
export type FactEvidence = {sentence: string; start: number; end: number};

export type ExtractedQuote = {
	/** Full name where the article gives one ("Dmitry Peskov"), else as written; null when no speaker is found. */
	speaker: string | null;
	speakerRole: string | null;
	/** The words attributed: the quoted span for direct quotes, the reported clause for indirect ones. */
	text: string;
	kind: 'direct' | 'indirect';
	/** The attribution verb or phrase: "said", "told parliament", "according to". */
	cue: string | null;
	evidence: FactEvidence;
};

export type ExtractedDate = {
	/** The date as written: "on Friday", "in March 2022", "1951". */
	text: string;
	/** At the precision the text gives, resolved against the publication date: YYYY, YYYY-MM or YYYY-MM-DD. */
	value: string | null;
	/** The clause the date anchors: what happened then. */
	event: string | null;
	evidence: FactEvidence;
};

export type ExtractedTreaty = {
	name: string;
	year: number | null;
	parties: string[];
	evidence: FactEvidence;
};

export type ExtractedPerson = {
	name: string;
	roles: string[];
	/** Other ways the article names the person: surname, "the spokesman". */
	aliases: string[];
};

export type ArticleFacts = {
	quotes: ExtractedQuote[];
	dates: ExtractedDate[];
	treaties: ExtractedTreaty[];
	people: ExtractedPerson[];
};
