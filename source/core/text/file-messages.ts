/** Messages about files that read the same wherever a file is refused. */

/** "5.1 MB", rounded up, so a file just over a limit never reads as "5 MB; limited to 5 MB". */
export function megabytes(bytes: number): string {
	return `${Math.ceil((bytes / 1024 / 1024) * 10) / 10} MB`;
}

export function errorCode(error: unknown): string | undefined {
	const code = (error as {code?: unknown} | null)?.code;
	return typeof code === 'string' ? code : undefined;
}

/** The usual reasons a file cannot be read, in words; undefined for anything else. */
export function commonFileProblem(error: unknown): string | undefined {
	switch (errorCode(error)) {
		case 'ENOENT':
			return 'no such file';
		case 'EACCES':
		case 'EPERM':
			return 'permission denied';
		default:
			return undefined;
	}
}
