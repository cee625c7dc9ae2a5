import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { ServerResponse } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.wasm': 'application/wasm',
};

/**
 * A small static file server for the search benchmark: each URL prefix is served from a folder
 * (/ from dist/, /bench/ from the benchmark's own files), folders answered with their index.html.
 */
export function serveStatic(mounts: Record<string, string>, port: number): Promise<Server> {
	const prefixes = Object.keys(mounts).sort((a, b) => b.length - a.length);
	const server = createServer((request, response) => {
		const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
		const prefix = prefixes.find((p) => path.startsWith(p));
		if (!prefix) return notFound(response);
		let file = normalize(join(mounts[prefix], path.slice(prefix.length)));
		if (!file.startsWith(normalize(mounts[prefix]))) return notFound(response);
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		if (!existsSync(file)) return notFound(response);
		response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' });
		createReadStream(file).pipe(response);
	});
	return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

function notFound(response: ServerResponse): void {
	response.writeHead(404, { 'Content-Type': 'text/plain' });
	response.end('Not found');
}
