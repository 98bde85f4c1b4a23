import {defaultStudySettings} from '../core/schedule/settings.js';
import type {LearnerSettings} from '../core/schedule/settings.js';
import {createSettingsStore, parseSettingValue, SettingsFileError, SettingsStoreError, settingSpecs} from '../store/settings-store.js';
import type {SettingSpec} from '../store/settings-store.js';
import type {CommandIo} from './io.js';

export type SettingsOptions = {
	/** A setting to change, by its command-line name; undefined prints them all. */
	name?: string | undefined;
	/** The new value, or "default" to remove the learner's own value. */
	value?: string | undefined;
	/** `--for <packId>`: the pack's own limit instead of the global one. */
	packId?: string | undefined;
	json?: boolean;
};

function showValue(settings: LearnerSettings, spec: SettingSpec): string {
	const value = settings[spec.key];
	return value === defaultStudySettings[spec.key] ? `${value} (default)` : String(value);
}

function report(settings: LearnerSettings, filePath: string): string {
	const width = Math.max(...settingSpecs.map(spec => spec.name.length)) + 2;
	const lines = [`Study settings (${filePath})`, `  ${'name'.padEnd(width)}${'value'.padEnd(15)}${'range'.padEnd(10)}meaning`];
	for (const spec of settingSpecs) lines.push(`  ${spec.name.padEnd(width)}${showValue(settings, spec).padEnd(15)}${`${spec.min}–${spec.max}`.padEnd(10)}${spec.description}`);
	const packs = Object.entries(settings.packs);
	if (packs.length > 0) {
		lines.push('', 'Your limits for single packs (over the pack\'s own and the global ones):');
		for (const [packId, overrides] of packs) {
			const parts = settingSpecs.filter(spec => spec.perPack && overrides[spec.key as keyof typeof overrides] !== undefined);
			lines.push(`  ${packId}: ${parts.map(spec => `${spec.name} ${overrides[spec.key as keyof typeof overrides]}`).join(', ')}`);
		}
	}
	lines.push('', 'Change one: factdrill settings <name> <value> [--for <pack>]', '("default" as the value removes yours)');
	return `${lines.join('\n')}\n`;
}

/** `factdrill settings [name value] [--for pack] [--json]`: prints the study settings or changes one. Exit 2 for a bad name or value. */
export async function runSettings(io: CommandIo, options: SettingsOptions): Promise<number> {
	const store = createSettingsStore({env: io.env});
	try {
		if (options.name === undefined) {
			const settings = store.read();
			io.stdout(options.json ? `${JSON.stringify({file: store.path, settings}, undefined, 2)}\n` : report(settings, store.path));
			return 0;
		}
		const spec = settingSpecs.find(candidate => candidate.name === options.name);
		if (!spec) {
			io.stderr(`factdrill: unknown setting "${options.name}" (expected one of: ${settingSpecs.map(candidate => candidate.name).join(', ')})\n`);
			return 2;
		}
		if (options.value === undefined) {
			io.stderr(`factdrill: settings ${spec.name} needs a value (${spec.min}–${spec.max}), e.g. factdrill settings ${spec.name} ${defaultStudySettings[spec.key]}\n`);
			return 2;
		}
		let value: number | undefined;
		if (options.value !== 'default') {
			const parsed = parseSettingValue(spec, options.value);
			if ('error' in parsed) {
				io.stderr(`factdrill: ${parsed.error}\n`);
				return 2;
			}
			value = parsed.value;
		}
		if (options.packId !== undefined && !spec.perPack) {
			io.stderr(`factdrill: ${spec.name} applies to all packs; --for works with ${settingSpecs.filter(candidate => candidate.perPack).map(candidate => candidate.name).join(' and ')}\n`);
			return 2;
		}
		const settings = await store.set(spec.name, value, options.packId);
		const where = options.packId === undefined ? '' : ` for ${options.packId}`;
		const shown = options.packId === undefined ? showValue(settings, spec) : String(value ?? 'the pack\'s own or the global limit');
		io.stdout(`${spec.name}${where} is now ${shown} (saved in ${store.path})\n`);
		return 0;
	} catch (error) {
		if (!(error instanceof SettingsStoreError)) throw error;
		io.stderr(`factdrill: ${error.message}\n`);
		return error instanceof SettingsFileError ? 1 : 2;
	}
}
