import type {Pack, Question} from '../schema.js';

/** The outside formats factdrill reads and writes. */
export type ImportFormat = 'gift' | 'aiken' | 'csv';
export type ExportFormat = 'gift' | 'aiken' | 'anki' | 'csv' | 'md';

/** A problem in an imported file, at its line (1-based) and, where known, column. */
export type ImportProblem = {line: number; column?: number; severity: 'error' | 'warning'; message: string};

/**
 * What an importer makes of a file: the questions it could read, in file
 * order, and every problem. A bad question is skipped with an error naming
 * its line; the good ones around it are still imported. Never throws.
 */
export type ImportResult = {
	questions: Question[];
	problems: ImportProblem[];
	/** Tags met in the file ($CATEGORY: in GIFT), for the pack's own tag list. */
	tags: string[];
};

export type ImportOptions = {
	/** Seeds anything chosen at random (CSV pairs → wrong options); same seed, same pack. */
	seed: number;
	/** For messages: the file's name as the user gave it. */
	file: string;
};

export type Importer = {
	format: ImportFormat;
	/** Whether the text looks like this format, for when --format is not given and the extension does not say. */
	looksLike: (text: string) => boolean;
	parse: (text: string, options: ImportOptions) => ImportResult;
};

/** A question an exporter could not express in its format, and why. */
export type SkippedQuestion = {id: string; reason: string};

export type ExportResult = {text: string; skipped: SkippedQuestion[]};

export type Exporter = {
	format: ExportFormat;
	/** The usual file extension, without the dot. */
	extension: string;
	write: (pack: Pack) => ExportResult;
};
