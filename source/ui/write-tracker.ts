import type {ExamStore} from '../core/exam/exam-store.js';
import type {ProgressStore} from '../core/progress/progress.js';

/**
 * Counts the writes a screen starts, so a command can let the learner quit
 * at once and still wait for every write to reach the disk before exiting,
 * and report the ones that failed.
 */
export function createWriteTracker() {
	const inFlight = new Set<Promise<unknown>>();
	let failures = 0;
	return {
		track<T>(write: Promise<T>): Promise<T> {
			inFlight.add(write);
			write.then(
				() => inFlight.delete(write),
				() => {
					failures++;
					inFlight.delete(write);
				},
			);
			return write;
		},
		/** Waits for every write, those started while waiting too; resolves to how many failed. */
		async settled(): Promise<number> {
			while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
			return failures;
		},
	};
}

export type WriteTracker = ReturnType<typeof createWriteTracker>;

export function trackProgressWrites(store: ProgressStore, tracker: WriteTracker): ProgressStore {
	return {
		read: packId => store.read(packId),
		record: (...args) => tracker.track(store.record(...args)),
		undo: (...args) => tracker.track(store.undo(...args)),
		setSuspended: (...args) => tracker.track(store.setSuspended(...args)),
		reviews: packId => store.reviews(packId),
	};
}

export function trackExamWrites(store: ExamStore, tracker: WriteTracker): ExamStore {
	return {
		history: () => store.history(),
		inProgress: () => store.inProgress(),
		append: attempt => tracker.track(store.append(attempt)),
		saveInProgress: saved => tracker.track(store.saveInProgress(saved)),
		clearInProgress: () => tracker.track(store.clearInProgress()),
	};
}
