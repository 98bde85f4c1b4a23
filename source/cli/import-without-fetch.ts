/**
 * Imports a module while the global `fetch` reads as undefined. ink's layout
 * engine (yoga, compiled by emscripten) asks `typeof fetch` before it
 * instantiates its inline WebAssembly; in Node that one question loads
 * undici, ~25 ms of a ~90 ms budget to the first frame. The module never
 * fetches anything, so for the length of the import we answer "no fetch"
 * and then put the real one back.
 */
export async function importWithoutFetch<T>(load: () => Promise<T>): Promise<T> {
	const descriptor = Object.getOwnPropertyDescriptor(globalThis, 'fetch');
	if (!descriptor?.configurable) return load();
	Object.defineProperty(globalThis, 'fetch', {value: undefined, configurable: true, writable: true});
	try {
		return await load();
	} finally {
		Object.defineProperty(globalThis, 'fetch', descriptor);
	}
}
