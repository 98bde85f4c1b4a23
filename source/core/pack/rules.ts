/**
 * Every check `factdrill lint` makes, by the id printed after each problem
 * ("… [duplicate-id]"). A rule always has the same severity; `fixable` says
 * what `factdrill lint --fix` repairs, when it repairs anything.
 */
export const lintRules = {
	'yaml-syntax': {severity: 'error', description: 'the file is not valid YAML, or holds more than one YAML document'},
	'yaml-warning': {severity: 'warning', description: 'YAML the parser reads but warns about'},
	'duplicate-key': {severity: 'error', description: 'a key appears twice in the same mapping'},
	'empty-file': {severity: 'error', description: 'the file has no content'},
	'unreadable-file': {severity: 'error', description: 'the file cannot be read: missing, a folder, too big, or not UTF-8 text'},
	'no-pack-files': {severity: 'error', description: 'a folder given to lint holds no .yaml or .yml file'},
	schema: {severity: 'error', description: 'a value of the wrong kind, size or format, or a required key missing'},
	'missing-id': {severity: 'error', description: 'a question, fact or source has no id', fixable: 'adds an id made from its prompt, name or title'},
	'unknown-key': {severity: 'error', description: 'a key the pack format does not have, with the key that was probably meant'},
	'duplicate-id': {severity: 'error', description: 'two sources, facts or questions of a pack share an id'},
	'duplicate-pack-id': {severity: 'error', description: 'two packs share an id'},
	'unknown-source': {severity: 'error', description: "a fact or a question's evidence names a source the pack does not list"},
	'unknown-fact': {severity: 'error', description: 'a question names a fact the pack does not list'},
	'answer-not-in-options': {
		severity: 'error',
		description: 'a choice or multi answer is not one of the options',
		fixable: 'when the answer differs from one option only in case, uses that option’s spelling',
	},
	'duplicate-option': {
		severity: 'error',
		description: 'an option, or a right answer of a multi question, is listed twice',
		fixable: 'removes the second copy when enough options are left',
	},
	'duplicate-item': {severity: 'error', description: 'an order item, or one side of a match pair, is listed twice'},
	'cloze-syntax': {severity: 'error', description: 'a cloze text has no gap, an empty gap, or an unmatched "{{" or "}}"'},
	'no-evidence': {severity: 'warning', description: 'a question has no evidence (source and sentence) backing its answer'},
	'no-explanation': {severity: 'warning', description: 'a question has no explanation to show after the answer'},
	'answer-in-stem': {severity: 'warning', description: 'the prompt contains the answer or another name for it'},
	'alias-option': {severity: 'warning', description: "a wrong option is another name for the answer: a person's alias, or an alternative the pack accepts elsewhere"},
	'all-none-of-the-above': {severity: 'warning', description: 'an option such as "All of the above" or "Both A and B", which shuffled options make meaningless'},
	'fewer-options': {severity: 'warning', description: 'a choice or multi question has fewer options than most of the pack’s choice questions'},
	'answer-position': {severity: 'warning', description: 'the right answers of the choice questions pile up on one option letter'},
	'mostly-true': {severity: 'warning', description: 'at least 75 % of the pack’s true/false questions (4 or more) are true'},
	'cloze-name-alternatives': {severity: 'warning', description: "a cloze gap for a person's name accepts no other form of it, such as the surname"},
	'fact-after-source': {severity: 'warning', description: 'a fact is dated after the source it comes from (or that a question cites for it) was published'},
	'duplicate-question': {severity: 'warning', description: 'two questions ask the same thing with the same answer'},
	'near-duplicate': {severity: 'warning', description: 'two questions are worded almost the same'},
	'cut-mid-word': {severity: 'warning', description: 'text shortened with "…" in the middle of a word'},
} as const satisfies Record<string, {severity: 'error' | 'warning'; description: string; fixable?: string}>;

export type RuleId = keyof typeof lintRules;

export function severityOf(rule: RuleId): 'error' | 'warning' {
	return lintRules[rule].severity;
}
