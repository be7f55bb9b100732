// A small static file server for dist/site (and the browser tests).
//
//   node tools/serve.mjs [--root dist/site] [--port 8080] [--prefix /sub/path/]
//                        [--wasm-mime application/octet-stream]
//
// --prefix serves the site under a sub-path, as many hosts do; --wasm-mime
// imitates hosts that send .wasm with the wrong type. Used by tools/serve.sh
// and imported by tests/browser/harness.mjs.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.ts': 'text/plain; charset=utf-8',
  '.zip': 'application/zip',
};

/** Starts the server; resolves to { server, url, requests, close }. */
export async function startServer({ root = 'dist/site', port = 0, host = '127.0.0.1', prefix = '/', wasmMime = 'application/wasm' } = {}) {
  const base = resolve(root);
  const requests = [];
  if (!prefix.startsWith('/')) prefix = '/' + prefix;
  if (!prefix.endsWith('/')) prefix += '/';
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    requests.push(url.pathname);
    if (!url.pathname.startsWith(prefix)) {
      res.writeHead(404).end('not found');
      return;
    }
    let path = decodeURIComponent(url.pathname.slice(prefix.length));
    let file = normalize(join(base, path));
    if (file !== base && !file.startsWith(base + sep)) {
      res.writeHead(403).end('forbidden');
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      const type = extname(file) === '.wasm' ? wasmMime : TYPES[extname(file)] || 'application/octet-stream';
      // CORS lets the bookmarklet load embed/article-annotator.js from any page.
      res.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-cache', 'Access-Control-Allow-Origin': '*' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((ok, fail) => server.once('error', fail).listen(port, host, ok));
  const address = server.address();
  return {
    server,
    requests,
    url: `http://${host}:${address.port}${prefix}`,
    close: () => new Promise((ok) => server.close(ok)),
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const option = (name, fallback) => {
    const i = args.indexOf(name);
    return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
  };
  const { url } = await startServer({
    root: option('--root', 'dist/site'),
    port: Number(option('--port', process.env.PORT || 8080)),
    host: option('--host', '127.0.0.1'),
    prefix: option('--prefix', '/'),
    wasmMime: option('--wasm-mime', 'application/wasm'),
  });
  console.log(`Serving the Article Annotator at ${url}  (Ctrl-C to stop)`);
}
