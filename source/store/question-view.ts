import type {QuestionRecord} from '../core/schedule/card.js';

const views = new WeakSet<object>();

/** Whether these questions are a view made by questionView (already read-only; Object.freeze would throw on it). */
export function isQuestionView(questions: object): boolean {
	return views.has(questions);
}

/**
 * A progress file's questions as a read-only record that is really its
 * table (`index`: each id's row, in the file's order): a QuestionRecord is built from its row each time it is looked up,
 * and not kept. Holding 80,000 records (with their cards and boxed times,
 * 560,000 objects) cost the home screen more than reading the files, and
 * keeping each record once built measured no better than building them all
 * up front; records dropped at once are cheap for the garbage collector.
 * (A null-prototype object with a getter per id took 190–330 ms just to
 * build for 100 packs, against 3–26 ms for these.) Lookups, `in`, Object.keys/entries/values, for…in, spreading
 * and JSON.stringify see what a plain null-prototype object would show, in
 * the file's order; writes, deletes and new keys throw. Not frozen
 * (Object.isFrozen is false) and a record is a new object on each lookup,
 * so compare records by value, not identity.
 */
export function questionView(index: ReadonlyMap<string, number>, build: (at: number) => QuestionRecord): Readonly<Record<string, QuestionRecord>> {
	const recordFor = (key: string | symbol): QuestionRecord | undefined => {
		if (typeof key !== 'string') return undefined;
		const at = index.get(key);
		return at === undefined ? undefined : build(at);
	};

	const refuse = () => false;
	// No prototype, as before: a question may be called "constructor", and a lookup must never find Object's members.
	const target = Object.create(null) as Record<string, QuestionRecord>;
	// util.inspect (console.log, a debugger) shows a proxy's target without its traps: let the target show the records.
	Object.defineProperty(target, Symbol.for('nodejs.util.inspect.custom'), {value: () => ({...view}), configurable: true});
	const view = new Proxy(target, {
		get: (_target, key) => recordFor(key),
		has: (_target, key) => typeof key === 'string' && index.has(key),
		// The Map keeps the ids in the file's order.
		ownKeys: () => [...index.keys()],
		getOwnPropertyDescriptor(_target, key) {
			const value = recordFor(key);
			return value && {value, writable: false, enumerable: true, configurable: true};
		},
		set: refuse,
		defineProperty: refuse,
		deleteProperty: refuse,
		setPrototypeOf: refuse,
		preventExtensions: refuse,
	});
	views.add(view);
	return view;
}
