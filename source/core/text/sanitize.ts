/**
 * Text from packs and articles is untrusted. Before it reaches a terminal we
 * remove escape sequences (CSI, OSC, DCS…) and every other control character
 * except newline and tab, so a pack cannot move the cursor, retitle the
 * window, write hyperlinks or clear the screen.
 */
const escapeSequence =
	// OSC … BEL/ST, DCS/SOS/PM/APC … ST, CSI … final byte, then any other ESC + one char.
	/\u001B\][^\u0007\u001B]*(?:\u0007|\u001B\\)?|\u001B[P^_X][^\u001B]*(?:\u001B\\)?|\u001B\[[0-?]*[ -/]*[@-~]|\u009B[0-?]*[ -/]*[@-~]|\u001B[@-Z\\-_]|\u001B/g;
const controlCharacter = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

export function stripControl(text: string): string {
	return text.replace(escapeSequence, '').replace(controlCharacter, '');
}

/** Like stripControl, but also folds newlines and tabs into spaces: for one-line cells. */
export function toSingleLine(text: string): string {
	return stripControl(text).replace(/\s+/g, ' ').trim();
}
