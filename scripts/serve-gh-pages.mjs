#!/usr/bin/env node
/**
 * Serves a Docusaurus build the way GitHub Pages does: under a base path,
 * `/a` finds `a.html`, `/dir` redirects to `/dir/` and serves its index.html,
 * and a miss gets the site's root `404.html` with status 404.
 *
 *   node scripts/serve-gh-pages.mjs [dir=build] [--base /byoc-docs/] [--port 3000] [--gzip]
 */
import {createServer} from 'node:http';
import {createReadStream, statSync} from 'node:fs';
import {extname, join, normalize, resolve, sep} from 'node:path';
import {createGzip} from 'node:zlib';
import {parseArgs} from 'node:util';
import {isMain} from './lib/isMain.mjs';

/** @type {Record<string, string>} */
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.csv', '.xml', '.txt', '.md', '.svg']);

/** @param {string} path */
function isFile(path) {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** @param {string} path */
function isDir(path) {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Resolves a request path (already stripped of the base) like GitHub Pages.
 * A path that is not valid percent-encoding (`/%`) is a bad request, not a crash.
 * @param {string} root
 * @param {string} relPath
 * @returns {{status: 200, file: string} | {status: 301 | 400 | 404}}
 */
export function resolveRequest(root, relPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(relPath);
  } catch {
    return {status: 400};
  }
  const target = normalize(join(root, decoded));
  if (target !== root && !target.startsWith(root + sep)) return {status: 404};
  if (isFile(target)) return {status: 200, file: target};
  if (isDir(target)) {
    // GitHub Pages sends /dir to /dir/ before serving its index.html.
    if (!decoded.endsWith('/') && decoded !== '') return {status: 301};
    const index = join(target, 'index.html');
    if (isFile(index)) return {status: 200, file: index};
  }
  if (isFile(`${target}.html`)) return {status: 200, file: `${target}.html`};
  return {status: 404};
}

/**
 * @param {{dir?: string, base?: string, port?: number, gzip?: boolean}} [options]
 * @returns {Promise<import('node:http').Server>}
 */
export function startServer({dir = 'build', base = '/', port = 3000, gzip = false} = {}) {
  const root = resolve(dir);
  const basePath = base.endsWith('/') ? base : `${base}/`;
  const server = createServer((req, res) => {
    const badRequest = () => res.writeHead(400, {'content-type': 'text/plain; charset=utf-8'}).end('Bad request\n');
    let url;
    try {
      url = new URL(req.url ?? '/', 'http://localhost');
    } catch {
      return badRequest();
    }
    /** @param {number} status @param {string} file */
    const send = (status, file) => {
      const ext = extname(file);
      /** @type {Record<string, string>} */
      const headers = {'content-type': TYPES[ext] ?? 'application/octet-stream', 'cache-control': 'max-age=600'};
      const zip = gzip && COMPRESSIBLE.has(ext) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
      if (zip) headers['content-encoding'] = 'gzip';
      res.writeHead(status, headers);
      if (req.method === 'HEAD') {
        res.end();
        return;
      }
      // A file removed after the stat ends this response, not the server.
      const stream = createReadStream(file).on('error', () => res.destroy());
      (zip ? stream.pipe(createGzip()) : stream).pipe(res);
    };
    const notFound = () => {
      const page = join(root, '404.html');
      if (isFile(page)) send(404, page);
      else res.writeHead(404).end('Not found');
    };
    if (url.pathname === basePath.slice(0, -1)) {
      res.writeHead(301, {location: basePath + url.search}).end();
      return;
    }
    if (!url.pathname.startsWith(basePath)) return notFound();
    const result = resolveRequest(root, url.pathname.slice(basePath.length));
    if (result.status === 301) {
      res.writeHead(301, {location: `${url.pathname}/${url.search}`}).end();
    } else if (result.status === 400) {
      badRequest();
    } else if (result.status === 200) {
      send(200, result.file);
    } else {
      notFound();
    }
  });
  return new Promise((ok) => server.listen(port, '127.0.0.1', () => ok(server)));
}

/**
 * The port a started server listens on.
 * @param {import('node:http').Server} server
 * @returns {number}
 */
export function portOf(server) {
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the server is not listening on a TCP port');
  return address.port;
}

/**
 * Starts the server from command-line arguments (`[dir] [--base /x/] [--port 3000] [--gzip]`) and says where.
 * @param {string[]} args
 */
export async function serveFromArgs(args) {
  const {values, positionals} = parseArgs({
    args,
    options: {
      base: {type: 'string', default: process.env.BASE_URL ?? '/'},
      port: {type: 'string', default: process.env.PORT ?? '3000'},
      gzip: {type: 'boolean', default: false},
    },
    allowPositionals: true,
  });
  if (positionals.length > 1) throw new Error(`one folder to serve, got ${positionals.join(', ')}`);
  const dir = positionals[0] ?? 'build';
  const {base, gzip} = values;
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0) throw new Error(`--port wants a port number, got "${values.port}"`);
  const server = await startServer({dir, base, port, gzip});
  console.log(`Serving ${dir} at http://127.0.0.1:${portOf(server)}${base}`);
  return server;
}

if (isMain(import.meta.url)) await serveFromArgs(process.argv.slice(2));
