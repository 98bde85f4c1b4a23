/** An article as factdrill reads it: the body without page furniture, and what the page says about itself. */
export type Article = {
	title: string | null;
	/** The publication or agency: "ANI", "Al Mayadeen English". */
	outlet: string | null;
	byline: string | null;
	/** YYYY-MM-DD, the day the article was published (or last updated, when that is all the page gives). */
	published: string | null;
	/** The article's text: paragraphs separated by a blank line. Evidence offsets point into it. */
	body: string;
};

export type ArticleFormat = 'text' | 'html' | 'markdown';
