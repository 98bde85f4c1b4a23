/** Study settings: global ones in the settings store, a pack may override the limits. */
export type StudySettings = {
	/** FSRS desired retention, 0.7–0.99. */
	retention: number;
	/** New questions introduced per pack per day. */
	newPerDay: number;
	/** Reviews per pack per day. */
	reviewsPerDay: number;
	/** A question with this many lapses is a leech. */
	leechLapses: number;
};

export const defaultStudySettings: StudySettings = {retention: 0.9, newPerDay: 20, reviewsPerDay: 200, leechLapses: 8};

/** A learner's own limits for one pack (`factdrill settings new-per-day 30 --for <pack>`). */
export type PackStudyOverrides = {newPerDay?: number; reviewsPerDay?: number};

/** The settings store's content: the global settings and the learner's per-pack limits. */
export type LearnerSettings = StudySettings & {packs: Readonly<Record<string, PackStudyOverrides>>};

export const defaultLearnerSettings: LearnerSettings = {...defaultStudySettings, packs: {}};

/**
 * The limits that apply to one pack: the learner's own setting for the pack,
 * over the pack's `study:` block (its author's), over the global settings.
 */
export function limitsFor(
	settings: StudySettings & {packs?: Readonly<Record<string, PackStudyOverrides>>},
	pack: {id?: string; study?: {new?: number; reviews?: number} | undefined},
): {newPerDay: number; reviewsPerDay: number} {
	const own = pack.id !== undefined && settings.packs && Object.hasOwn(settings.packs, pack.id) ? settings.packs[pack.id] : undefined;
	return {
		newPerDay: own?.newPerDay ?? pack.study?.new ?? settings.newPerDay,
		reviewsPerDay: own?.reviewsPerDay ?? pack.study?.reviews ?? settings.reviewsPerDay,
	};
}
