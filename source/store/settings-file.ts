import {z} from 'zod/mini';
import {defaultStudySettings} from '../core/schedule/settings.js';
import type {LearnerSettings, PackStudyOverrides, StudySettings} from '../core/schedule/settings.js';
import {isId} from './ids.js';

/** One setting as the learner names it on the command line, with its key in settings.json and its range. */
export type SettingSpec = {
	name: string;
	key: keyof StudySettings;
	min: number;
	max: number;
	integer: boolean;
	/** Whether a pack can have its own value (`--for <pack>`). */
	perPack: boolean;
	description: string;
};

export const settingSpecs: readonly SettingSpec[] = [
	{name: 'retention', key: 'retention', min: 0.7, max: 0.99, integer: false, perPack: false, description: 'wanted chance of recall when due'},
	{name: 'new-per-day', key: 'newPerDay', min: 0, max: 9999, integer: true, perPack: true, description: 'new questions per pack per day'},
	{name: 'reviews-per-day', key: 'reviewsPerDay', min: 0, max: 99_999, integer: true, perPack: true, description: 'reviews per pack per day'},
	{name: 'leech-lapses', key: 'leechLapses', min: 1, max: 99, integer: true, perPack: false, description: 'lapses that make a leech'},
];

function numberIn(spec: SettingSpec) {
	const base = spec.integer ? z.int() : z.number();
	return z.optional(base.check(z.gte(spec.min), z.lte(spec.max)));
}

const spec = (key: keyof StudySettings) => settingSpecs.find(candidate => candidate.key === key)!;

const packOverridesSchema = z.looseObject({newPerDay: numberIn(spec('newPerDay')), reviewsPerDay: numberIn(spec('reviewsPerDay'))});

// Loose: a setting a later version adds is kept, not an error.
const settingsFileSchema = z.looseObject({
	retention: numberIn(spec('retention')),
	newPerDay: numberIn(spec('newPerDay')),
	reviewsPerDay: numberIn(spec('reviewsPerDay')),
	leechLapses: numberIn(spec('leechLapses')),
	packs: z.optional(z.record(z.string(), packOverridesSchema)),
});

export type SettingsFile = z.infer<typeof settingsFileSchema>;

function describeIssue(issue: z.core.$ZodIssue): string {
	const where = issue.path.length > 0 ? issue.path.map(String).join('.') : 'the file';
	return `${where}: ${issue.message}`;
}

/** The learner's settings from the file's content, defaults for what it leaves out; a reason when it cannot be used. */
export function parseSettingsFile(data: unknown): {kind: 'ok'; settings: LearnerSettings; file: SettingsFile} | {kind: 'invalid'; reason: string} {
	const result = settingsFileSchema.safeParse(data);
	if (!result.success) return {kind: 'invalid', reason: result.error.issues.slice(0, 3).map(issue => describeIssue(issue)).join('; ')};
	const file = result.data;
	const packs = Object.create(null) as Record<string, PackStudyOverrides>;
	for (const [packId, overrides] of Object.entries(file.packs ?? {})) {
		if (!isId(packId)) return {kind: 'invalid', reason: `packs: ${JSON.stringify(packId)} is not a pack id`};
		packs[packId] = {
			...(overrides.newPerDay === undefined ? {} : {newPerDay: overrides.newPerDay}),
			...(overrides.reviewsPerDay === undefined ? {} : {reviewsPerDay: overrides.reviewsPerDay}),
		};
	}
	const settings: LearnerSettings = {
		retention: file.retention ?? defaultStudySettings.retention,
		newPerDay: file.newPerDay ?? defaultStudySettings.newPerDay,
		reviewsPerDay: file.reviewsPerDay ?? defaultStudySettings.reviewsPerDay,
		leechLapses: file.leechLapses ?? defaultStudySettings.leechLapses,
		packs,
	};
	return {kind: 'ok', settings, file};
}

/** A value typed by the learner, checked against the setting's range; a message saying what is allowed if not. */
export function parseSettingValue(spec: SettingSpec, text: string): {value: number} | {error: string} {
	const value = Number(text);
	const range = `${spec.min}–${spec.max}`;
	if (text.trim() === '' || !Number.isFinite(value)) return {error: `${spec.name} takes a number (${range}), got "${text}"`};
	if (spec.integer && !Number.isInteger(value)) return {error: `${spec.name} takes a whole number (${range}), got ${text}`};
	if (value < spec.min || value > spec.max) return {error: `${spec.name} must be between ${spec.min} and ${spec.max}, got ${text}`};
	return {value};
}
