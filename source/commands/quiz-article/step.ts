/**
 * Announces the step about to run. The pipeline waits for the promise, so a
 * screen can draw the step's name before a step that holds the event loop.
 */
export type OnStep = (label: string) => Promise<void> | void;

/** Announces a step, then lets the event loop turn so the screen can draw it. */
export async function step(onStep: OnStep, label: string): Promise<void> {
	await onStep(label);
	await new Promise(resolve => setImmediate(resolve));
}
