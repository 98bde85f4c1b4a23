/**
 * What every conf store of factdrill is made with. Never wipe a learner's
 * file: an unreadable one is moved aside (or refused) by the store itself.
 * Keys are written whole (question ids hold dots), and no store watches its
 * file: each re-reads under its lock before a change.
 */
export function confOptions(directory: string, configName: string) {
	return {
		cwd: directory,
		configName,
		projectName: 'factdrill',
		clearInvalidConfig: false,
		accessPropertiesByDotNotation: false,
		watch: false,
	} as const;
}
