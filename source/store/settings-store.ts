import fs from 'node:fs';
import path from 'node:path';
import {defaultLearnerSettings} from '../core/schedule/settings.js';
import type {LearnerSettings, PackStudyOverrides} from '../core/schedule/settings.js';
import {factdrillHome} from '../paths.js';
import {confOptions} from './conf-options.js';
import {idProblem} from './ids.js';
import {readJsonFile} from './read-json.js';
import {withLock} from './lock.js';
import type {LockOptions} from './lock.js';
import {parseSettingsFile, settingSpecs} from './settings-file.js';
import type {SettingsFile} from './settings-file.js';
import {syncDirectory} from './sync-directory.js';

export {settingSpecs, parseSettingValue} from './settings-file.js';
export type {SettingSpec} from './settings-file.js';

/** A settings file that cannot be used (it is left as it is), or a setting that does not exist. */
export class SettingsStoreError extends Error {
	override name = 'SettingsStoreError';
}

/** The settings file exists but cannot be used; it is never overwritten. */
export class SettingsFileError extends SettingsStoreError {
	override name = 'SettingsFileError';
}

export type SettingsStore = {
	/** settings.json in factdrillHome(env). */
	readonly path: string;
	/** The settings, defaults for what the file leaves out; throws SettingsStoreError for a file it cannot use. */
	read(): LearnerSettings;
	/**
	 * Sets one setting by its command-line name (retention, new-per-day…),
	 * for one pack when packId is given; undefined removes it (back to the
	 * default, or to the pack's own and then the global limit).
	 */
	set(name: string, value: number | undefined, packId?: string): Promise<LearnerSettings>;
};

export function createSettingsStore(options: {env?: NodeJS.ProcessEnv; directory?: string; lock?: LockOptions} = {}): SettingsStore {
	const directory = path.resolve(options.directory ?? factdrillHome(options.env));
	const filePath = path.join(directory, 'settings.json');

	function readFile(): {settings: LearnerSettings; file: SettingsFile} {
		const read = readJsonFile(filePath);
		if (read.kind === 'missing') return {settings: defaultLearnerSettings, file: {}};
		if (read.kind === 'not-json') throw new SettingsFileError(`Settings file ${filePath} is not valid JSON (${read.reason}); fix or delete it. It was left as it is.`);
		const parsed = parseSettingsFile(read.data);
		if (parsed.kind === 'invalid') throw new SettingsFileError(`Settings file ${filePath} cannot be used (${parsed.reason}); fix or delete it. It was left as it is.`);
		return parsed;
	}

	async function set(name: string, value: number | undefined, packId?: string): Promise<LearnerSettings> {
		const spec = settingSpecs.find(candidate => candidate.name === name);
		if (!spec) throw new SettingsStoreError(`Unknown setting "${name}" (settings: ${settingSpecs.map(candidate => candidate.name).join(', ')}).`);
		if (packId !== undefined && !spec.perPack) throw new SettingsStoreError(`${name} applies to all packs; only new-per-day and reviews-per-day can be set for one pack.`);
		const badId = packId === undefined ? undefined : idProblem('pack', packId);
		if (badId) throw new SettingsStoreError(badId);
		if (value !== undefined && (value < spec.min || value > spec.max || (spec.integer && !Number.isInteger(value)))) {
			throw new SettingsStoreError(`${name} must be between ${spec.min} and ${spec.max}, got ${value}.`);
		}
		// conf (with ajv and semver) is only loaded to write.
		const {default: Conf} = await import('conf');
		fs.mkdirSync(directory, {recursive: true});
		return withLock(
			`${filePath}.lock`,
			() => {
				const {file} = readFile();
				const conf = new Conf<Record<string, unknown>>(confOptions(directory, 'settings'));
				if (packId === undefined) {
					if (value === undefined) conf.delete(spec.key);
					else conf.set(spec.key, value);
				} else {
					conf.set('packs', withPackSetting(file.packs ?? {}, packId, spec.key as keyof PackStudyOverrides, value));
				}
				syncDirectory(directory);
				return readFile().settings;
			},
			options.lock,
		);
	}

	return {path: filePath, read: () => readFile().settings, set};
}

function withPackSetting(
	packs: Record<string, PackStudyOverrides>,
	packId: string,
	key: keyof PackStudyOverrides,
	value: number | undefined,
): Record<string, PackStudyOverrides> {
	const next = {...(Object.hasOwn(packs, packId) ? packs[packId] : {}), [key]: value};
	if (value === undefined) delete next[key];
	const rest = Object.fromEntries(Object.entries(packs).filter(([id]) => id !== packId));
	return Object.keys(next).length === 0 ? rest : {...rest, [packId]: next};
}

/** The settings for a session: a file that cannot be used is reported and the defaults used, never overwritten. */
export function loadLearnerSettings(env: NodeJS.ProcessEnv, onWarning: (message: string) => void): LearnerSettings {
	try {
		return createSettingsStore({env}).read();
	} catch (error) {
		if (!(error instanceof SettingsFileError)) throw error;
		onWarning(`${error.message} Using the default settings.`);
		return defaultLearnerSettings;
	}
}
