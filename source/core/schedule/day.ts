/** The learner's calendar day of a moment, YYYY-MM-DD in local time: daily limits and streaks count by it. */
export function dayKey(at: number): string {
	const date = new Date(at);
	const month = String(date.getMonth() + 1).padStart(2, '0');
	const day = String(date.getDate()).padStart(2, '0');
	return `${date.getFullYear()}-${month}-${day}`;
}
