import {readFile} from 'node:fs/promises';
import test from 'ava';
import {packJsonSchema, packJsonSchemaFile, packJsonSchemaText} from '../../../scripts/write-json-schema.js';

test('schema/pack.schema.json matches the zod schema (run `npm run schema` after changing it)', async t => {
	const committed = await readFile(packJsonSchemaFile, 'utf8');
	t.is(committed, `${JSON.stringify(packJsonSchema(), null, 2)}\n`);
	t.is(committed, packJsonSchemaText());
});

test('the JSON schema names itself and describes the pack format', t => {
	const schema = packJsonSchema();
	t.is(schema['$id'], 'urn:factdrill:factdrill/pack@1');
	t.is(schema['title'], 'factdrill question pack');
	t.is(typeof schema['description'], 'string');
	t.deepEqual(schema['required'], ['format', 'id', 'title', 'questions'], 'keys with defaults are optional for authors');
});
