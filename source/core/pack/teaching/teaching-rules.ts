import type {Pack} from '../schema.js';
import {clozeNameAlternatives} from './cloze-names.js';
import {mostlyTrue} from './mostly-true.js';
import {nearDuplicates} from './near-duplicates.js';
import {allNoneOfTheAbove, alternativeOptions, fewerOptions} from './option-rules.js';
import type {PackProblem} from './problem.js';
import {factAfterSource} from './source-dates.js';

/**
 * The teaching-quality rules only `factdrill lint` applies (the generator
 * keeps to those in quality-rules.ts): options, the balance of true/false
 * answers, name gaps, dates against sources, and near-identical questions.
 */
export function teachingProblems(pack: Pack): PackProblem[] {
	return [
		...fewerOptions(pack),
		...allNoneOfTheAbove(pack),
		...alternativeOptions(pack),
		...mostlyTrue(pack),
		...clozeNameAlternatives(pack),
		...factAfterSource(pack),
		...nearDuplicates(pack),
	];
}
