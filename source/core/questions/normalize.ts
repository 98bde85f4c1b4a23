/**
 * Folding rules for typed answers: what two spellings must share to count as
 * the same answer. Case, accents, punctuation, spacing and a leading "the" do
 * not matter; digits do, and are compared separately (see digitRuns).
 */

// Letters that NFKD leaves whole but a learner on an English keyboard types differently.
const letterFolds: Record<string, string> = {ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i'};

// Apostrophes vanish ("O'Brien" = "OBrien"); every other mark separates words.
const apostrophes = /['’‘`´ʼ]/g;
const separators = /[\p{P}\p{S}\s]+/gu;
const combiningMarks = /\p{M}+/gu;
// 1,000 and 12,500,000 are one number, not two.
const thousandsComma = /(\d),(?=\d{3}(?!\d))/g;
const leadingArticle = /^the /;

/** Lower-case words without accents or punctuation, one space apart, without a leading "the". */
export function normalizeAnswer(text: string): string {
	const words = text
		.normalize('NFKD')
		.replace(combiningMarks, '')
		.toLowerCase()
		.replace(/[ßæœøłđðþı]/g, letter => letterFolds[letter] ?? letter)
		.replace(thousandsComma, '$1')
		.replace(apostrophes, '')
		.replace(separators, ' ')
		.trim();
	const withoutArticle = words.replace(leadingArticle, '');
	return withoutArticle.length > 0 ? withoutArticle : words;
}

/** The form answers are compared in: spaces dropped too, so "San-Francisco", "San Francisco" and "SanFrancisco" agree. */
export function answerKey(text: string): string {
	return normalizeAnswer(text).replaceAll(' ', '');
}

/** The numbers in an answer, in order, without leading zeros: "March 05, 2022" → ["5", "2022"]. */
export function digitRuns(text: string): string[] {
	return (normalizeAnswer(text).match(/\d+/g) ?? []).map(run => run.replace(/^0+(?=\d)/, ''));
}
