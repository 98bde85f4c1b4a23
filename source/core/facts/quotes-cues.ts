/**
 * Attribution verbs, by how they take what is attributed:
 * - speech: `X said (that) …`, `…, X said`, `…, said X`, `"…," X said`;
 * - tell: speech with an audience first: `X told parliament (that) …`;
 * - thought: beliefs and findings, `X believes (that) …`, `…, X believes`; never inverted;
 * - object: the attributed thing is the object, `X criticized …`, `X called for …`.
 */
export type CueClass = 'speech' | 'tell' | 'thought' | 'object';

const speech = [
	'say', 'add', 'note', 'write', 'report', 'announce', 'state', 'warn', 'explain', 'insist', 'acknowledge', 'admit', 'argue',
	'claim', 'assert', 'contend', 'declare', 'confirm', 'deny', 'reply', 'respond', 'remark', 'recall', 'observe', 'comment',
	'tweet', 'testify', 'quip', 'joke', 'concede', 'stress', 'emphasize', 'emphasise', 'suggest', 'predict', 'promise', 'pledge',
	'vow', 'complain', 'allege', 'mention', 'conclude', 'repeat', 'reiterate', 'disclose', 'reveal', 'indicate', 'estimate',
	'propose', 'recommend', 'counter', 'retort', 'shout', 'yell', 'boast', 'brag', 'lament', 'muse', 'speculate', 'caution',
	'proclaim', 'affirm', 'maintain', 'hint', 'concur', 'agree', 'answer', 'continue', 'wonder', 'ask', 'charge', 'point out',
	 'clarify', 'elaborate', 'underscore', 'highlight', 'post', 'sing', 'chant', 'scream', 'whisper', 'protest',
	'object', 'declare', 'opine', 'theorize', 'surmise', 'forecast', 'project', 'calculate', 'guess', 'figure', 'grumble',
	'gush', 'marvel', 'exclaim', 'snap', 'fire back', 'shoot back', 'write back', 'cite', 'quote', 'echo', 'chime in',
	'weigh in', 'sum up', 'put it', 'concede', 'confess', 'contend', 'recount', 'relate', 'describe', 'inform', 'advise',
	'urge', 'demand', 'threaten', 'plead', 'beg', 'implore', 'reason', 'acknowledge', 'encourage', 'swear',
	'announce', 'publish', 'document', 'rule', 'assert', 'contend', 'stipulate', 'specify', 'advocate', 'confess',
	'divulge', 'recount', 'scoff', 'rave', 'retweet', 'blog', 'vent', 'fume', 'grouse', 'scold', 'rebut', 'reassure', 'read',
];

const tell = ['tell', 'assure', 'remind', 'inform', 'warn', 'urge', 'ask', 'advise', 'convince', 'persuade'];

const thought = [
	'believe', 'think', 'feel', 'fear', 'hope', 'expect', 'worry', 'doubt', 'suspect', 'assume', 'understand', 'realize', 'realise',
	'recognize', 'recognise', 'find', 'show', 'learn', 'know', 'decide', 'conclude', 'want', 'wish', 'plan', 'intend', 'agree',
	'seem', 'appear', 'imagine', 'suppose', 'consider', 'see', 'hear', 'notice', 'discover', 'determine', 'judge', 'bet', 'reckon',
	'insist', 'estimate', 'predict', 'project', 'figure', 'sense', 'indicate', 'suggest', 'prove', 'demonstrate', 'reveal',
	'remember', 'forget', 'question', 'dispute', 'view', 'rate', 'foresee', 'envision', 'anticipate', 'mean', 'hold',
	'admire', 'hate', 'despise', 'resent', 'prefer', 'favor', 'favour', 'trust', 'distrust', 'respect', 'appreciate', 'regret',
	'suspect', 'deem', 'regard', 'perceive', 'ponder', 'disagree', 'accept', 'embrace', 'love',
];

const object = [
	'call', 'call for', 'call on', 'criticize', 'criticise', 'praise', 'blast', 'slam', 'attack', 'accuse', 'blame', 'endorse',
	'discuss', 'reject', 'condemn', 'welcome', 'support', 'defend', 'oppose', 'applaud', 'dismiss', 'denounce', 'decry', 'hail',
	'laud', 'mock', 'ridicule', 'lambaste', 'castigate', 'rebuke', 'scold', 'chide', 'label', 'dub', 'brand', 'liken', 'compare',
	'characterize', 'characterise', 'portray', 'tout', 'champion', 'back', 'refuse', 'decline', 'question', 'challenge',
	'dispute', 'deride', 'disparage', 'express', 'voice', 'raise', 'unveil', 'outline', 'detail', 'release', 'issue', 'pitch',
	'promote', 'push', 'seek', 'vow', 'pledge', 'promise', 'propose', 'recommend', 'demand', 'urge', 'invoke', 'reference',
	'refer to', 'point to', 'talk about', 'speak of', 'speak about', 'rail against', 'lash out at', 'take aim at', 'weigh',
	'thank', 'congratulate', 'credit', 'fault', 'commend', 'warn against', 'warn of', 'complain about', 'point out',
	'offer', 'vote for', 'vote against', 'advocate', 'encourage', 'accuse', 'resist', 'ignore', 'downplay', 'celebrate',
	'mourn', 'bemoan', 'deplore', 'chastise', 'reprimand', 'berate', 'assail', 'herald', 'extol', 'request', 'invite',
	'contest', 'refute', 'contradict', 'depict', 'paint', 'cast', 'term', 'equate', 'attribute', 'lobby for', 'link',
	'disagree with', 'agree with', 'side with', 'blast', 'grill', 'rip', 'tout', 'compliment', 'exhort', 'heap praise on',
	'rule out',
	// Stances and campaigns taken toward something: "has gone after", "is doubling down on", "bristled at".
	'go after', 'double down on', 'seize on', 'lay out', 'bristle at', 'vie for', 'articulate', 'apologize for',
	'focus on', 'contemplate', 'explore', 'chronicle', 'illustrate', 'present', 'float', 'embrace',
	'rail at', 'push for', 'press for', 'argue for', 'argue against', 'campaign for', 'campaign against', 'fight for',
	'speak out against', 'speak out for', 'pooh-pooh', 'shrug off', 'brush off', 'play down', 'talk up', 'hammer',
];

const irregular: Record<string, string[]> = {
	say: ['said', 'says', 'saying'],
	tell: ['told', 'tells', 'telling'],
	write: ['wrote', 'written', 'writes', 'writing'],
	think: ['thought', 'thinks', 'thinking'],
	know: ['knew', 'known', 'knows', 'knowing'],
	find: ['found', 'finds', 'finding'],
	see: ['saw', 'seen', 'sees', 'seeing'],
	show: ['showed', 'shown', 'shows', 'showing'],
	feel: ['felt', 'feels', 'feeling'],
	hear: ['heard', 'hears', 'hearing'],
	learn: ['learned', 'learnt', 'learns', 'learning'],
	sing: ['sang', 'sung', 'sings', 'singing'],
	bet: ['bet', 'bets', 'betting'],
	forget: ['forgot', 'forgotten', 'forgets', 'forgetting'],
	go: ['went', 'gone', 'goes', 'going'],
	put: ['put', 'puts', 'putting'],
	speak: ['spoke', 'spoken', 'speaks', 'speaking'],
	shoot: ['shot', 'shoots', 'shooting'],
	seek: ['sought', 'seeks', 'seeking'],
	take: ['took', 'taken', 'takes', 'taking'],
	lash: ['lashed', 'lashes', 'lashing'],
	sum: ['summed', 'sums', 'summing'],
	snap: ['snapped', 'snaps', 'snapping'],
	quip: ['quipped', 'quips', 'quipping'],
	admit: ['admitted', 'admits', 'admitting'],
	plan: ['planned', 'plans', 'planning'],
	slam: ['slammed', 'slams', 'slamming'],
	regret: ['regretted', 'regrets', 'regretting'],
	label: ['labeled', 'labelled', 'labels', 'labeling', 'labelling'],
	rebut: ['rebutted', 'rebuts', 'rebutting'],
	understand: ['understood', 'understands', 'understanding'],
	mean: ['meant', 'means', 'meaning'],
	hold: ['held', 'holds', 'holding'],
	make: ['made', 'makes', 'making'],
	send: ['sent', 'sends', 'sending'],
	give: ['gave', 'given', 'gives', 'giving'],
	lay: ['laid', 'lays', 'laying'],
	read: ['read', 'reads', 'reading'],
	swear: ['swore', 'sworn', 'swears', 'swearing'],
	foresee: ['foresaw', 'foreseen', 'foresees', 'foreseeing'],
	rate: ['rated', 'rates', 'rating'],
	vote: ['voted', 'votes', 'voting'],
	rule: ['ruled', 'rules', 'ruling'],
	view: ['viewed', 'views', 'viewing'],
	offer: ['offered', 'offers', 'offering'],
	press: ['pressed', 'presses', 'pressing'],
	fight: ['fought', 'fights', 'fighting'],
	shrug: ['shrugged', 'shrugs', 'shrugging'],
	play: ['played', 'plays', 'playing'],
	vie: ['vied', 'vies', 'vying'],
	double: ['doubled', 'doubles', 'doubling'],
};

/** Every form of a verb: base, -s, past, participle, -ing. */
function inflect(verb: string): string[] {
	const known = irregular[verb];
	if (known) return [verb, ...known];
	const forms = [verb];
	if (/(?:s|sh|ch|x|z|o)$/.test(verb)) forms.push(verb + 'es');
	else if (/[^aeiou]y$/.test(verb)) forms.push(verb.slice(0, -1) + 'ies');
	else forms.push(verb + 's');
	if (verb.endsWith('e')) forms.push(verb + 'd');
	else if (/[^aeiou]y$/.test(verb)) forms.push(verb.slice(0, -1) + 'ied');
	else forms.push(verb + 'ed');
	if (/ie$/.test(verb)) forms.push(verb.slice(0, -2) + 'ying');
	else if (/[^e]e$/.test(verb)) forms.push(verb.slice(0, -1) + 'ing');
	else forms.push(verb + 'ing');
	return forms;
}

export type CueForm = {lemma: string; words: string[]; classes: CueClass[]; form: 'base' | 's' | 'past' | 'ing'};

/** Maps a first word to the cue forms starting with it, longest first. */
export const cueIndex: ReadonlyMap<string, CueForm[]> = buildIndex();

function buildIndex(): Map<string, CueForm[]> {
	const index = new Map<string, CueForm[]>();
	const add = (lemmas: string[], cueClass: CueClass) => {
		for (const lemma of lemmas) {
			const [head = lemma, ...rest] = lemma.split(' ');
			for (const form of inflect(head)) {
				const words = [form, ...rest];
				const list = index.get(form) ?? [];
				const existing = list.find(cue => cue.words.join(' ') === words.join(' '));
				if (existing) {
					if (!existing.classes.includes(cueClass)) existing.classes.push(cueClass);
					continue;
				}
				list.push({lemma, words, classes: [cueClass], form: formOf(head, form)});
				list.sort((a, b) => b.words.length - a.words.length);
				index.set(form, list);
			}
		}
	};
	add(speech, 'speech');
	add(tell, 'tell');
	add(thought, 'thought');
	add(object, 'object');
	return index;
}

function formOf(base: string, form: string): CueForm['form'] {
	if (form === base) return 'base';
	if (form.endsWith('ing')) return 'ing';
	if (form.endsWith('s') && !form.endsWith('ss')) return 's';
	return 'past';
}
