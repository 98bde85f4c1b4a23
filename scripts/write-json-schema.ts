// Writes schema/pack.schema.json from the zod schema, so editors can check
// and complete packs (yaml-language-server: `# yaml-language-server:
// $schema=…/pack.schema.json`). test/core/pack/json-schema.test.ts fails
// when the committed file is older than the zod schema: run `npm run schema`.
import {writeFile} from 'node:fs/promises';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {z} from 'zod';
import {packFormat, packSchema} from '../source/core/pack/schema.js';

export const packJsonSchemaFile = fileURLToPath(new URL('../schema/pack.schema.json', import.meta.url));

export function packJsonSchema(): Record<string, unknown> {
	// io 'input': what a pack author writes, so keys with defaults are optional.
	const {$schema, ...generated} = z.toJSONSchema(packSchema, {io: 'input'});
	return {
		$schema,
		$id: `urn:factdrill:${packFormat}`,
		title: 'factdrill question pack',
		description: `A factdrill question pack (format ${packFormat}): metadata, the sources its facts come from, the facts, and the questions.`,
		...generated,
	};
}

export function packJsonSchemaText(): string {
	return `${JSON.stringify(packJsonSchema(), null, 2)}\n`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	await writeFile(packJsonSchemaFile, packJsonSchemaText());
	process.stdout.write(`wrote ${packJsonSchemaFile}\n`);
}
