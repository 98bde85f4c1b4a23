const set = (text: string) => new Set(text.trim().split(/\s+/));

/** Words between a subject and its verb that belong to neither: `has also said`, `would later say`. */
export const auxiliaries = set(`
	has have had is are was were be been being will would shall should can could may might must do does did 's 've 'd 'll
	n't ca wo 're 'm not never also still just only then later previously repeatedly often always once first again already recently
	reportedly publicly privately openly flatly quickly simply long even further frequently currently earlier since
	initially originally subsequently separately similarly specifically explicitly directly apparently allegedly ultimately
	immediately consistently continually constantly generally usually typically sometimes now yet too all both each
	himself herself themselves itself
`);

/** Words a subject noun phrase never runs across, scanning left from its verb. */
export const clauseWords = set(`
	that which because but while when if as although though since after before where so or than whether and nor yet unless
	until how why what whose whom whoever whatever in on at for with by from to into onto about over under during against
	without through between among amid upon toward towards via per like unlike despite including is are was were be been
	being has have had will would shall should can could may might must do does did not n't also said says say told tells
	then there here however meanwhile instead even just only still already
`);

/** Words that may open a subject noun phrase. */
export const determiners = set(`
	the a an another some many most several both all few this these those his her their its our my your one two three four
	five six seven eight nine ten dozens hundreds thousands millions no each every other such any more
`);

/** Pronouns that can be the whole subject. */
export const subjectPronouns = set(`he she they i we it you who which that one`);

/** Words opening an adverbial that may sit between a verb and what it attributes: `said on Friday that`. */
export const adverbialStarts = set(`
	on in at during last this earlier later again also recently previously repeatedly publicly privately yesterday today
	tonight tomorrow monday tuesday wednesday thursday friday saturday sunday morning afternoon evening night week month year
	before after while with via through over to in an interview statement then once often flatly simply
`);

/** Words that are nouns as often as verbs: "the dispute over", "plans for". */
export const nounLike = new Set([
	'advocate', 'advocates', 'critic', 'critics',
	'dispute', 'disputes', 'report', 'reports', 'call', 'calls', 'support', 'supports', 'plan', 'plans', 'claim', 'claims',
	'question', 'questions', 'estimate', 'estimates', 'promise', 'promises', 'pledge', 'pledges', 'vow', 'vows', 'demand',
	'demands', 'comment', 'comments', 'answer', 'answers', 'reply', 'replies', 'charge', 'charges', 'post', 'posts', 'project',
	'projects', 'forecast', 'forecasts', 'challenge', 'challenges', 'release', 'releases', 'issue', 'issues', 'detail',
	'details', 'outline', 'outlines', 'voice', 'voices', 'back', 'backs', 'label', 'labels', 'brand', 'brands', 'credit',
	'credits', 'fault', 'faults', 'reference', 'references', 'echo', 'echoes', 'counter', 'counters', 'protest', 'protests',
	'object', 'objects', 'quote', 'quotes', 'hint', 'hints', 'guess', 'guesses', 'figure', 'figures', 'bet', 'bets', 'fear',
	'fears', 'hope', 'hopes', 'doubt', 'doubts', 'wish', 'wishes', 'show', 'shows', 'find', 'finds', 'sense', 'attack',
	'attacks', 'push', 'pushes', 'pitch', 'pitches', 'praise', 'blame', 'tweet', 'tweets', 'weigh', 'concern', 'concerns',
	'worry', 'worries', 'warning', 'estimate', 'raise', 'raises', 'remark', 'remarks', 'statement', 'note', 'notes',
	'comment', 'defend', 'judge', 'judges', 'reason', 'reasons', 'state', 'states', 'champion', 'dub', 'thank', 'thanks',
]);

/** Words in -ly that are not adverbs. */
const notAdverbs = new Set([
	'family', 'early', 'daily', 'weekly', 'monthly', 'yearly', 'hourly', 'nightly', 'friendly', 'likely', 'unlikely', 'holy',
	'ally', 'rally', 'italy', 'july', 'supply', 'reply', 'apply', 'assembly', 'anomaly', 'elderly', 'silly', 'lonely', 'ugly',
	'costly', 'deadly', 'lovely', 'orderly', 'timely', 'bully', 'belly', 'jelly', 'tally', 'lily', 'butterfly', 'comply',
	'imply', 'multiply', 'curly', 'chilly', 'jolly', 'folly', 'monopoly', 'oily', 'homily', 'emily', 'kelly', 'molly', 'sally',
	'beverly', 'kimberly', 'shelly', 'holly', 'reilly', "o'reilly", 'bradley', 'stanley', 'ashley', 'wesley', 'hadley', 'dudley',
]);

/** "repeatedly", "publicly": an adverb that may sit between a subject and its verb. */
export function isAdverb(word: string): boolean {
	return /^[a-z]{3,}ly$/.test(word) && !notAdverbs.has(word);
}
