// A small static server on 127.0.0.1 (a free port) for the browser checks and the finder
// benchmark: the caller's `route` answers its own paths (pages, generated files), everything
// else is a file of the repo.
import http from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

const TYPES = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.json': 'application/json', '.html': 'text/html', '.css': 'text/css', '.png': 'image/png' };

/** Sends the file at URL path `rel` under `base`: 403 outside `base`, 404 when missing. */
export async function sendFile(res, base, rel, headers = {}) {
  let file;
  try {
    file = path.resolve(base, '.' + decodeURIComponent(rel));
  } catch {
    return res.writeHead(400).end();
  }
  if (!file.startsWith(base + path.sep)) return res.writeHead(403).end();
  let data;
  try {
    data = await readFile(file);
  } catch {
    return res.writeHead(404).end();
  }
  return res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', ...headers }).end(data);
}

/**
 * Starts the server. `route(url, req, res)` answers first when it returns something truthy
 * (e.g. `res.end(...)`); otherwise /favicon.ico is an empty 204 and any other path a file under
 * `root`, sent with the extra `headers`. Resolves { origin, close }.
 */
export async function serveStatic({ root, route, headers = {} }) {
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (route && (await route(url, req, res))) return;
    if (url.pathname === '/favicon.ico') return res.writeHead(204).end();
    await sendFile(res, root, url.pathname, headers);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}
