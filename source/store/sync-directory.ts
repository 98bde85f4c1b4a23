import fs from 'node:fs';

/**
 * Flushes a directory's entries to disk, so a file just renamed into it
 * survives a power cut. conf (through atomically) fsyncs the file's bytes
 * but not the rename. Windows cannot open a directory; there it is skipped.
 */
export function syncDirectory(directory: string): void {
	if (process.platform === 'win32') return;
	const descriptor = fs.openSync(directory, 'r');
	try {
		fs.fsyncSync(descriptor);
	} finally {
		fs.closeSync(descriptor);
	}
}
