/**
 * How much a line of page text reads like running prose. Menus, headlines,
 * tickers and tag lists are short, capitalised, free of function words and
 * rarely end a sentence; article paragraphs are the opposite.
 */

// The commonest function words of the languages news pages are written in.
const stopWords = new Set(
	(
		'a an the and or but if of to in on at by for with from as into about after before over under than then that this these those ' +
		'is are was were be been being has have had do does did will would can could should may might must not no it its he she they ' +
		'we you i his her their our your him them us who whom which what when where why how there here also so such more most some any ' +
		'all one two its just only very said says up out new while because against between during since until through both each other ' +
		// Spanish, Portuguese, Italian, French
		'el la los las un una y o de del en con por para que es se su sus al lo como más pero le les des du et est pour dans sur pas au ' +
		'il di da per non che una nel della delle dei con è sono o os um uma do da dos das em no na com não ao mais foi ' +
		// German, Dutch
		'der die das und ist nicht mit sich auf dem den ein eine zu von im für auch es als wie het een van en op te dat ' +
		// Russian, Ukrainian
		'и в не на что с как по из за это от но к у о же то все так его ее для было был была они мы вы он она та і що це'
	).split(' '),
);

const ascii = /^[\x00-\x7F]*$/;
const asciiWord = /[A-Za-z0-9][A-Za-z0-9'-]*/g;
const unicodeWord = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
// CJK scripts write words without spaces; count characters in pairs as words.
const ideographs = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
const asciiSentenceEnd = /[.!?]["')\]]*[\s~]*$/;
// Trailing emoji, tildes and arrows do not stop a sentence from ending.
const unicodeSentenceEnd = /[.!?…。！？]["'”’»)\]]*(?:[\s\p{So}\p{Sk}\p{Emoji_Presentation}~]|\uFE0F|\u200D)*$/u;

/** Runs of letters and digits (with inner apostrophes and hyphens). Most pages are ASCII, which is matched faster. */
export function wordsOf(text: string): string[] {
	return text.match(ascii.test(text) ? asciiWord : unicodeWord) ?? [];
}

/** Lower-cased words of three letters or more that are not function words: what a text is about. */
export function contentWords(text: string): string[] {
	return wordsOf(text)
		.map(word => word.toLowerCase())
		.filter(word => word.length >= 3 && !stopWords.has(word));
}

export type ProseFeatures = {
	/** Words: runs of letters or digits. */
	words: number;
	/** Share of words that are function words. */
	stopRatio: number;
	/** Share of words that start with a lower-case letter. */
	lowerRatio: number;
	/** The text ends a sentence: . ! ? … optionally inside closing quotes or brackets. */
	endsSentence: boolean;
};

/**
 * The page's own function words: its commonest short lower-case words. They
 * stand in for a stop-word list in languages the built-in one lacks.
 */
export function pageStopWords(wordLists: string[][]): Set<string> {
	const counts = new Map<string, number>();
	for (const words of wordLists) {
		for (const word of words) {
			if (word.length > 5 || word.toLowerCase() !== word || word.toUpperCase() === word) continue;
			counts.set(word, (counts.get(word) ?? 0) + 1);
		}
	}
	const common = [...counts].filter(([, count]) => count >= 3).sort((a, b) => b[1] - a[1]);
	return new Set(common.slice(0, 25).map(([word]) => word));
}

export function proseFeatures(text: string, pageStops: ReadonlySet<string> = new Set(), words = wordsOf(text)): ProseFeatures {
	let stop = 0;
	let lower = 0;
	let lettered = 0;
	for (const word of words) {
		const first = word[0] ?? '';
		const lowerFirst = first.toLowerCase();
		if (lowerFirst !== first.toUpperCase()) {
			lettered++;
			if (lowerFirst === first) lower++;
		}
		const lowerWord = word.toLowerCase();
		if (stopWords.has(lowerWord) || pageStops.has(lowerWord)) stop++;
	}
	const isAscii = ascii.test(text);
	const ideographCount = isAscii ? 0 : (text.match(ideographs)?.length ?? 0);
	const cjk = ideographCount > words.length;
	return {
		words: Math.max(words.length, Math.round(ideographCount / 2)),
		// Spaceless scripts have no function words or case to count: treat them as neutral prose.
		stopRatio: cjk ? 0.3 : words.length === 0 ? 0 : stop / words.length,
		lowerRatio: cjk ? 0.8 : lettered === 0 ? 0 : lower / lettered,
		endsSentence: (isAscii ? asciiSentenceEnd : unicodeSentenceEnd).test(text),
	};
}

/** 0 (not prose at all) … 1 (plainly running prose). */
export function proseQuality(features: ProseFeatures): number {
	const stop = Math.min(1, features.stopRatio / 0.3);
	return 0.4 * stop + 0.3 * features.lowerRatio + 0.3 * (features.endsSentence ? 1 : 0);
}
