import fs from 'node:fs';
import path from 'node:path';

function twoDigits(value: number): string {
	return String(value).padStart(2, '0');
}

/** YYYYMMDD-HHMMSS in local time: what the learner's clock said. */
export function backupStamp(at: Date): string {
	const day = `${at.getFullYear()}${twoDigits(at.getMonth() + 1)}${twoDigits(at.getDate())}`;
	return `${day}-${twoDigits(at.getHours())}${twoDigits(at.getMinutes())}${twoDigits(at.getSeconds())}`;
}

/**
 * Moves an unreadable file aside, beside itself: progress-kuril.json becomes
 * progress-kuril.corrupt-20261122-113000.json (-2, -3… if that name is
 * taken). Never overwrites an earlier backup. Returns the backup's path.
 */
export function moveAside(filePath: string, at: Date): string {
	const extension = path.extname(filePath);
	const base = filePath.slice(0, filePath.length - extension.length);
	const stamp = backupStamp(at);
	for (let index = 1; ; index++) {
		const backup = `${base}.corrupt-${stamp}${index === 1 ? '' : `-${index}`}${extension}`;
		try {
			// A hard link cannot replace an existing file, unlike rename.
			fs.linkSync(filePath, backup);
		} catch (error) {
			const code = (error as NodeJS.ErrnoException).code;
			if (code === 'EEXIST') continue;
			if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV') throw error;
			// No hard links on this file system (FAT, some network shares): check, then rename.
			if (fs.existsSync(backup)) continue;
			fs.renameSync(filePath, backup);
			return backup;
		}
		fs.unlinkSync(filePath);
		return backup;
	}
}

export function corruptionMessage(filePath: string, backup: string, reason: string): string {
	return `Progress file ${filePath} was unreadable (${reason}); moved it to ${backup} and started a new one.`;
}
