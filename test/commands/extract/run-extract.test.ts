import fs from 'node:fs/promises';
import http from 'node:http';
import type {AddressInfo} from 'node:net';
import os from 'node:os';
import path from 'node:path';
import test from 'ava';
import type {ExecutionContext} from 'ava';
import {parse} from 'yaml';
import {runExtract, type ExtractOptions} from '../../../source/commands/extract/run-extract.js';
import {factsDocumentSchema} from '../../../source/core/pack/schema.js';
import {captureIo} from '../../helpers/capture-io.js';

const fixtures = path.resolve('test/fixtures/articles');
const noStdin: ExtractOptions['readStdin'] = async () => new Uint8Array();

async function run(inputs: string[], output: ExtractOptions['output'], extra: Partial<ExtractOptions> = {}) {
	const {io, output: printed} = captureIo(fixtures);
	const code = await runExtract(inputs, io, {output, readStdin: noStdin, ...extra});
	return {code, ...printed};
}

type Evidence = {sentence: string; start: number; end: number};
type ArticleJson = {
	input: string;
	title: string | null;
	outlet: string | null;
	published: string | null;
	body: string;
	quotes: Array<{speaker: string | null; speakerRole: string | null; text: string; kind: string; cue: string | null; evidence: Evidence}>;
	dates: Array<{text: string; value: string | null; event: string | null; evidence: Evidence}>;
	treaties: Array<{name: string; year: number | null; parties: string[]; evidence: Evidence}>;
	people: Array<{name: string; roles: string[]; aliases: string[]}>;
};

test('--json gives one object in the documented shape, every evidence pointing into the body', async t => {
	const {code, stdout, stderr} = await run(['straits-accord.html'], 'json');
	t.is(code, 0, stderr);
	const article = JSON.parse(stdout) as ArticleJson;
	t.like(article, {title: 'Aldmark to keep pressing for straits treaty with Seravia despite frosty relations: FM', outlet: 'Northwind Herald', published: '2024-03-14'});
	for (const key of ['title', 'outlet', 'published', 'body', 'quotes', 'dates', 'treaties', 'people']) t.true(key in article, key);
	const evidence = [...article.quotes, ...article.dates, ...article.treaties].map(fact => fact.evidence);
	t.true(evidence.length > 5);
	for (const {sentence, start, end} of evidence) t.is(article.body.slice(start, end), sentence);
	t.true(article.quotes.some(quote => quote.speaker === 'Ilse Varga' && quote.kind === 'direct'));
	t.true(article.dates.some(date => date.text === 'on Wednesday' && date.value === '2024-03-13'));
});

test('several inputs come out as an array in input order; a bad one is one line on stderr and exit 1', async t => {
	const {code, stdout, stderr} = await run(['straits-accord.txt', 'missing.txt', 'straits-accord.md'], 'json');
	t.is(code, 1);
	t.is(stderr, 'factdrill: missing.txt: no such file\n');
	const articles = JSON.parse(stdout) as ArticleJson[];
	t.deepEqual(articles.map(article => article.input), ['straits-accord.txt', 'straits-accord.md']);
});

test('the report names the article, its outlet and date, and lists each kind of fact', async t => {
	const {code, stdout} = await run(['straits-accord.txt'], 'report');
	t.is(code, 0);
	t.regex(stdout, /^== straits-accord\.txt\nAldmark to keep pressing for straits treaty/);
	t.regex(stdout, /Northwind Herald .*2024-03-14/);
	for (const heading of ['Quotes (', 'Dates (', 'Treaties (', 'People (']) t.true(stdout.includes(heading), heading);
	t.true(stdout.includes('Ilse Varga'));
});

test('--yaml writes a facts document that the pack schema accepts', async t => {
	const {code, stdout} = await run(['straits-accord.html'], 'yaml');
	t.is(code, 0);
	const document = factsDocumentSchema.safeParse(parse(stdout));
	t.true(document.success, document.success ? '' : document.error.message);
	t.like(document.data?.sources[0], {outlet: 'Northwind Herald', published: '2024-03-14'});
	t.true((document.data?.facts.length ?? 0) > 5);
});

test('escape sequences in an article never reach the output', async t => {
	const directory = await fs.mkdtemp(path.join(os.tmpdir(), 'factdrill-extract-'));
	t.teardown(() => fs.rm(directory, {recursive: true, force: true}));
	const text = await fs.readFile(path.join(fixtures, 'straits-accord.txt'), 'utf8');
	const hostile = path.join(directory, 'hostile.txt');
	await fs.writeFile(hostile, text.replace('Ilse Varga', 'Ilse\u001B[2J Varga\u001B]0;pwned\u0007').replace('Northwind', '\u001B[31mNorthwind'));
	for (const output of ['report', 'json', 'yaml'] as const) {
		const {stdout} = await run([hostile], output);
		t.false(/\u001B|\u0007/.test(stdout), output);
		t.false(stdout.includes('\\u001b'), `${output} has no escaped ESC either`);
	}
});

test('"-" reads the article from standard input', async t => {
	const text = await fs.readFile(path.join(fixtures, 'straits-accord.md'));
	const {code, stdout} = await run(['-'], 'json', {readStdin: async () => text});
	t.is(code, 0);
	t.like(JSON.parse(stdout), {input: 'stdin', title: 'Aldmark to keep pressing for straits treaty with Seravia despite frosty relations: FM'});
});

async function serve(t: ExecutionContext, body: string, contentType: string): Promise<string> {
	const server = http.createServer((_request, response) => response.writeHead(200, {'content-type': contentType}).end(body));
	await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
	t.teardown(() => {
		server.closeAllConnections();
		server.close();
	});
	return `http://127.0.0.1:${(server.address() as AddressInfo).port}/article`;
}

test('an http URL on 127.0.0.1 is fetched and extracted like a file', async t => {
	const html = await fs.readFile(path.join(fixtures, 'straits-accord.html'), 'utf8');
	const url = await serve(t, html, 'text/html; charset=utf-8');
	const {code, stdout} = await run([url], 'json');
	t.is(code, 0);
	t.like(JSON.parse(stdout), {input: url, url, outlet: 'Northwind Herald'});
});
