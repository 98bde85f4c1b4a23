import fs from 'node:fs/promises';
import http from 'node:http';
import type {AddressInfo} from 'node:net';
import os from 'node:os';
import path from 'node:path';
import test from 'ava';
import type {ExecutionContext} from 'ava';
import {readInput, type ReadOptions} from '../../../source/commands/extract/read-input.js';

async function folder(t: ExecutionContext): Promise<string> {
	const directory = await fs.mkdtemp(path.join(os.tmpdir(), 'factdrill-input-'));
	t.teardown(() => fs.rm(directory, {recursive: true, force: true}));
	return directory;
}

function options(cwd: string, extra: Partial<ReadOptions> = {}): ReadOptions {
	return {cwd, readStdin: async () => new TextEncoder().encode('from stdin'), ...extra};
}

/** A server on 127.0.0.1 that answers each path as the routes say; closed after the test. */
async function server(t: ExecutionContext, routes: Record<string, (response: http.ServerResponse) => void>): Promise<string> {
	const instance = http.createServer((request, response) => {
		const route = routes[request.url ?? ''];
		if (route) route(response);
		else response.writeHead(404, 'Not Found').end('nope');
	});
	await new Promise<void>(resolve => instance.listen(0, '127.0.0.1', resolve));
	t.teardown(() => {
		instance.closeAllConnections();
		instance.close();
	});
	return `http://127.0.0.1:${(instance.address() as AddressInfo).port}`;
}

test('a text file is read and its format detected from the extension or content', async t => {
	const cwd = await folder(t);
	await fs.writeFile(path.join(cwd, 'page.txt'), 'Menu\n\nThe minister said the talks would resume.');
	await fs.writeFile(path.join(cwd, 'page.html'), '<p>Hello</p>');
	await fs.writeFile(path.join(cwd, 'saved'), '<!DOCTYPE html><html><body><p>Hi</p></body></html>');
	t.like(await readInput('page.txt', options(cwd)), {name: 'page.txt', format: 'text', url: null});
	t.like(await readInput('page.html', options(cwd)), {format: 'html'});
	t.like(await readInput('saved', options(cwd)), {format: 'html'});
});

test('"-" reads standard input', async t => {
	t.like(await readInput('-', options(await folder(t))), {name: 'stdin', text: 'from stdin', format: 'text'});
});

test('empty, binary, invalid UTF-8, folders and missing files are each refused with a reason', async t => {
	const cwd = await folder(t);
	await fs.writeFile(path.join(cwd, 'empty.txt'), '  \n\n ');
	await fs.writeFile(path.join(cwd, 'image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
	await fs.writeFile(path.join(cwd, 'latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b]));
	t.deepEqual(await readInput('empty.txt', options(cwd)), {name: 'empty.txt', problem: 'is empty'});
	t.deepEqual(await readInput('image.png', options(cwd)), {name: 'image.png', problem: 'is a binary file, not text'});
	t.deepEqual(await readInput('latin1.txt', options(cwd)), {name: 'latin1.txt', problem: 'is not valid UTF-8 text'});
	t.deepEqual(await readInput('.', options(cwd)), {name: '.', problem: 'is a folder, not an article'});
	t.deepEqual(await readInput('missing.txt', options(cwd)), {name: 'missing.txt', problem: 'no such file'});
});

test('a 50 MB file is refused without being read', async t => {
	const cwd = await folder(t);
	const huge = path.join(cwd, 'huge.txt');
	await fs.writeFile(huge, '');
	await fs.truncate(huge, 50 * 1024 * 1024);
	t.deepEqual(await readInput('huge.txt', options(cwd)), {name: 'huge.txt', problem: 'is 50 MB; articles are limited to 10 MB'});
});

test('a URL is fetched, and its Content-Type decides the format', async t => {
	const base = await server(t, {
		'/article': response => response.writeHead(200, {'content-type': 'text/html; charset=utf-8'}).end('<html><body><p>News</p></body></html>'),
	});
	t.like(await readInput(`${base}/article`, options(await folder(t))), {format: 'html', url: `${base}/article`});
});

test('a 404, an image and a page over the size cap are refused with the reason', async t => {
	const base = await server(t, {
		'/photo': response => response.writeHead(200, {'content-type': 'image/jpeg'}).end(Buffer.alloc(100)),
		'/endless': response => {
			response.writeHead(200, {'content-type': 'text/plain'});
			response.end('x'.repeat(4096));
		},
	});
	const cwd = await folder(t);
	t.deepEqual(await readInput(`${base}/gone`, options(cwd)), {name: `${base}/gone`, problem: 'the server answered 404 Not Found'});
	t.deepEqual(await readInput(`${base}/photo`, options(cwd)), {name: `${base}/photo`, problem: 'is not text but image/jpeg'});
	t.like(await readInput(`${base}/endless`, options(cwd, {maxBytes: 1024})), {problem: 'is over the 0.1 MB limit for articles'});
});

test('a server that never answers times out', async t => {
	const base = await server(t, {'/slow': () => undefined});
	t.deepEqual(await readInput(`${base}/slow`, options(await folder(t), {timeoutMs: 200})), {
		name: `${base}/slow`,
		problem: 'no answer within 0.2 s',
	});
});

test('other schemes are refused', async t => {
	t.deepEqual(await readInput('ftp://example.org/a.txt', options(await folder(t))), {
		name: 'ftp://example.org/a.txt',
		problem: 'only http:// and https:// addresses can be read',
	});
});
