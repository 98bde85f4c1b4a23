import type {Accuracy} from './stats.js';

const weekdays = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "90% (18/20)", or "— (no answers)" when there is nothing to divide. */
export function formatAccuracy(accuracy: Accuracy, short = false): string {
	if (accuracy.share === null) return short ? '—' : '— (no answers)';
	const share = `${Math.round(accuracy.share * 100)}%`;
	return short ? share : `${share} (${accuracy.right}/${accuracy.answered})`;
}

/** "12 Mar" for a YYYY-MM-DD day. */
export function formatDay(day: string): string {
	const [, month, date] = day.split('-').map(Number);
	return `${date ?? ''} ${months[(month ?? 1) - 1] ?? ''}`;
}

/** "Tue 12 Mar" for a YYYY-MM-DD day. */
export function formatWeekday(day: string): string {
	const [year, month, date] = day.split('-').map(Number);
	const weekday = weekdays[new Date(year ?? 1970, (month ?? 1) - 1, date ?? 1, 12).getDay()] ?? '';
	return `${weekday} ${formatDay(day)}`;
}
