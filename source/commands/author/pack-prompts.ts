import {slug} from '../../core/facts/facts-document.js';
import {packFormat, packSchema, sourceSchema, type Pack, type Source} from '../../core/pack/schema.js';
import type {ReviewPrompts} from '../generate/review-prompts.js';
import {askChoice, askId, askOptional, askTags, askText} from './ask.js';
import {idFromText} from './question-id.js';
import {both, idCheck, optional, required, type Check} from './validators.js';

export type PackMetadata = Omit<Pack, 'sources' | 'facts' | 'questions'>;

const fields = packSchema.shape;

/**
 * What a pack says about itself. `idProblem` is why an id cannot be used
 * beyond the schema's pattern (its file exists already), or undefined.
 */
export async function askMetadata(prompts: ReviewPrompts, idProblem: (id: string) => string | undefined): Promise<PackMetadata> {
	const title = await askText(prompts, 'Title:', required(fields.title));
	const idRules: Check = both(idCheck(new Set(), 'pack'), value => idProblem(value.trim()) ?? true);
	const id = await askId(prompts, 'Pack id (lower-case letters, digits, ".", "_" and "-"):', idRules, slug(title).slice(0, 80).replace(/-+$/, ''));
	const description = await askOptional(prompts, 'Description', optional(fields.description));
	const author = await askOptional(prompts, 'Author', optional(fields.author));
	const language = await askText(prompts, 'Language (a tag such as en or en-GB):', required(fields.language), 'en');
	const license = await askOptional(prompts, 'License, e.g. CC-BY-4.0', optional(fields.license));
	const tags = await askTags(prompts, 'Tags for the pack, comma-separated (Enter for none):');
	return {
		format: packFormat,
		id,
		title,
		...(description === undefined ? {} : {description}),
		...(author === undefined ? {} : {author}),
		language,
		version: '1.0.0',
		...(license === undefined ? {} : {license}),
		tags,
	};
}

/** The articles the questions come from, as many as the teacher adds; evidence points at them. */
export async function askSources(prompts: ReviewPrompts): Promise<Source[]> {
	const sources: Source[] = [];
	for (;;) {
		const first = sources.length === 0;
		const next = await askChoice(prompts, first ? 'Add a source (an article the questions come from)?' : 'Add another source?', [
			{name: first ? 'add a source' : 'add another source', value: 'add'},
			{name: first ? 'no sources' : 'no more sources: on to the questions', value: 'done'},
		]);
		if (next === 'done') return sources;
		sources.push(await askSource(prompts, new Set(sources.map(source => source.id))));
	}
}

const sourceFields = sourceSchema.shape;

async function askSource(prompts: ReviewPrompts, taken: ReadonlySet<string>): Promise<Source> {
	const title = await askText(prompts, "Source title (the article's headline):", required(sourceFields.title));
	const outlet = await askOptional(prompts, 'Outlet, e.g. Northwind Herald', optional(sourceFields.outlet));
	const published = await askOptional(prompts, 'Published: YYYY, YYYY-MM or YYYY-MM-DD', optional(sourceFields.published));
	const url = await askOptional(prompts, 'Web address', optional(sourceFields.url));
	// "Northwind Herald 2024-03-14" names an article; a date alone does not.
	const stem = outlet === undefined ? title : `${outlet} ${published ?? ''}`;
	const id = await askId(prompts, 'Source id (evidence names it):', idCheck(taken, 'source'), idFromText(stem, taken, 'source'));
	return {
		id,
		title,
		...(outlet === undefined ? {} : {outlet}),
		...(published === undefined ? {} : {published}),
		...(url === undefined ? {} : {url}),
	};
}
