import {readFile} from 'node:fs/promises';
import {parsePack} from '../../../../source/core/pack/parse.js';
import {type Pack, packSchema} from '../../../../source/core/pack/schema.js';

/** The fixture pack with one question of every type. */
export async function minimalPack(): Promise<Pack> {
	const file = new URL('../../../fixtures/packs/valid-minimal.yaml', import.meta.url);
	const {pack} = parsePack(await readFile(file, 'utf8'), 'valid-minimal.yaml');
	if (!pack) throw new Error('valid-minimal.yaml does not parse');
	return pack;
}

/** A pack around the given questions, with the schema's defaults filled in. */
export function packOf(questions: unknown[], fields: Record<string, unknown> = {}): Pack {
	return packSchema.parse({format: 'factdrill/pack@1', id: 'test-pack', title: 'Test pack', questions, ...fields});
}
