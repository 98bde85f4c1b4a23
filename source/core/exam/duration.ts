/** A time limit the learner wrote that factdrill cannot read. */
export class DurationError extends Error {
	override name = 'DurationError';
}

const units: Record<string, number> = {h: 3_600_000, m: 60_000, s: 1000};

/**
 * Reads a time limit: 20m, 1h30m, 90s, 1h 5m 30s, or a bare number of
 * minutes (45). Returns milliseconds, always more than zero.
 */
export function parseDuration(text: string): number {
	const written = text.trim().toLowerCase();
	const problem = () =>
		new DurationError(`${JSON.stringify(text)} is not a duration: write it like 20m, 1h30m, 90s or 45 (minutes)`);
	if (/^\d+$/.test(written)) return positive(Number(written) * units['m']!, text);
	const match = /^(?:(\d+)\s*h)?\s*(?:(\d+)\s*m)?\s*(?:(\d+)\s*s)?$/.exec(written);
	if (!match || written === '') throw problem();
	const [, hours = '0', minutes = '0', seconds = '0'] = match;
	return positive(Number(hours) * units['h']! + Number(minutes) * units['m']! + Number(seconds) * units['s']!, text);
}

function positive(ms: number, text: string): number {
	if (ms <= 0) throw new DurationError(`${JSON.stringify(text)} leaves no time: an exam needs at least one second`);
	if (!Number.isSafeInteger(ms) || ms > 24 * units['h']!) throw new DurationError(`${JSON.stringify(text)} is longer than a day`);
	return ms;
}

/** A countdown as a clock: 12:34, or 1:05:00 from an hour up. Seconds are rounded up, so 0:00 means none left. */
export function formatClock(ms: number): string {
	const total = Math.max(0, Math.ceil(ms / 1000));
	const hours = Math.floor(total / 3600);
	const minutes = Math.floor((total % 3600) / 60);
	const seconds = String(total % 60).padStart(2, '0');
	return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}
