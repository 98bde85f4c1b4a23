import fs from 'node:fs';

/** Flushes a file's bytes (or a directory's entries) to disk. */
export function syncFile(filePath: string): void {
	const descriptor = fs.openSync(filePath, 'r');
	try {
		fs.fsyncSync(descriptor);
	} finally {
		fs.closeSync(descriptor);
	}
}

/**
 * Flushes a directory's entries to disk, so a file just renamed into it
 * survives a power cut. conf (through atomically) fsyncs the file's bytes
 * but not the rename. Windows cannot open a directory; there it is skipped.
 */
export function syncDirectory(directory: string): void {
	if (process.platform === 'win32') return;
	syncFile(directory);
}
