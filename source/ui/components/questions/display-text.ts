import {stripControl, toSingleLine} from '../../../core/text/sanitize.js';

/**
 * Pack text is untrusted: everything shown passes through here. Tabs become
 * spaces because ink measures a tab as zero columns while terminals draw up
 * to eight, which would break wrapping.
 */
export function displayText(text: string): string {
	return stripControl(text).replace(/\t/g, ' ');
}

/** For options and items: one logical line that may still wrap. */
export function displayLine(text: string): string {
	return toSingleLine(text);
}
