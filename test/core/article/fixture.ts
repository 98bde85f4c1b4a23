import {readFileSync} from 'node:fs';

/** A page from test/fixtures/articles, written for these tests. */
export function articleFixture(name: string): string {
	return readFileSync(new URL(`../../fixtures/articles/${name}`, import.meta.url), 'utf8');
}

export function paragraphsOf(body: string): string[] {
	return body.split('\n\n');
}
