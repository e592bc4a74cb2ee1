// Test-server middleware: real HTTP responses for the data loader's fault paths, and the
// shared real-world feeds vendored in test/fixtures/shared-data (a copy of the workplace's ../shared/data). Tests fetch these URLs; nothing replaces fetch.
//
//   /__rk/status/<code>[?body=text]          respond with that status
//   /__rk/slow?ms=N&file=path                 wait N ms, then serve a repo file
//   /__rk/flaky?key=K&fails=N&file=path       fail N times with 503 for key K, then serve
//   /__rk/invalid-json                        200, application/json, broken JSON
//   /__rk/truncated                           200, a JSON body cut off mid-way
//   /__rk/html200                             200, an HTML error page
//   /__rk/text?body=...&type=...              200 with the given body and content type
//   /__rk/count?key=K                         how many requests K has seen (JSON)
//   /shared-data/<path>                       files from test/fixtures/shared-data
//   /__rk/file?file=path&type=T               a repo file served with content type T
//   /__rk/drop?key=K&file=path                close the connection unanswered (a network error
//                                             in the browser) until /__rk/online?key=K, then serve
//   /__rk/online?key=K                        "back online" for /__rk/drop with key K
//   /__rk/tile/<z>/<x>/<y>                    a 1x1 PNG map tile (maps in tests stay local)
//   /__rk/fuzz-seed                           RK_FUZZ_SEED from the runner's environment (JSON,
//                                             null when unset), so a failing fuzz run replays
//   (file=shared-data/<path> serves test/fixtures/shared-data/<path> for slow, flaky, file, drop, nocors)
//   /__rk/hang?key=K                          never answer (until the client gives up)
//   /__rk/nocors?file=path                    a repo file with no CORS headers at all (for a
//                                             cross-origin fetch from the other host name)
//   /__rk/delay-path?part=P&ms=N              from now on, answer every request whose path contains
//                                             P (a module or chunk, say) N ms late; ms=0 ends it
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const sharedData = path.resolve(process.env.RK_SHARED_DATA ?? path.join(root, 'test', 'fixtures', 'shared-data'));
const counters = new Map();

function within(base, rel) {
  const full = path.resolve(base, '.' + path.sep + rel);
  return full.startsWith(base + path.sep) ? full : null;
}

async function serveFile(ctx, base, rel) {
  const full = within(base, rel);
  if (!full) {
    ctx.status = 403;
    return;
  }
  try {
    ctx.body = await readFile(full);
    ctx.type = path.extname(full) === '.json' ? 'application/json' : path.extname(full).slice(1) || 'text/plain';
    ctx.status = 200;
  } catch {
    ctx.status = 404;
    ctx.body = 'not found';
  }
}

/** A repo file, or with a `shared-data/` prefix a file from test/fixtures/shared-data. */
function serveNamed(ctx, rel) {
  return rel.startsWith('shared-data/') ? serveFile(ctx, sharedData, rel.slice('shared-data/'.length)) : serveFile(ctx, root, rel);
}
/** A 1x1 PNG: every map tile in tests and checks (maps stay local). */
export const TILE_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');
const offline = new Set();
/** Path parts to answer late (delay-path), with the delay in ms. */
const latePaths = new Map();

export async function faultMiddleware(ctx, next) {
  const url = new URL(ctx.url, 'http://localhost');
  const q = url.searchParams;
  if (url.pathname.startsWith('/shared-data/')) {
    return serveFile(ctx, sharedData, decodeURIComponent(url.pathname.slice('/shared-data/'.length)));
  }
  if (!url.pathname.startsWith('/__rk/')) {
    for (const [part, ms] of latePaths) if (url.pathname.includes(part)) await new Promise((r) => setTimeout(r, ms));
    return next();
  }
  const key = q.get('key') ?? '';
  if (key) counters.set(key, (counters.get(key) ?? 0) + 1);
  const [, , kind, arg] = url.pathname.split('/');
  ctx.set('Cache-Control', 'no-store');
  switch (kind) {
    case 'status':
      ctx.status = Number(arg) || 500;
      ctx.body = q.get('body') ?? `status ${ctx.status}`;
      return;
    case 'delay-path': {
      const ms = Math.min(Number(q.get('ms') ?? 0), 30000);
      if (ms > 0) latePaths.set(q.get('part') ?? '', ms);
      else latePaths.delete(q.get('part') ?? '');
      ctx.body = { part: q.get('part'), ms };
      return;
    }
    case 'slow':
      await new Promise((r) => setTimeout(r, Math.min(Number(q.get('ms') ?? 1000), 30000)));
      return serveNamed(ctx, q.get('file') ?? 'test/fixtures/ok.json');
    case 'flaky': {
      const fails = Number(q.get('fails') ?? 1);
      if ((counters.get(key) ?? 0) <= fails) {
        ctx.status = 503;
        ctx.body = 'try again';
        return;
      }
      return serveNamed(ctx, q.get('file') ?? 'test/fixtures/ok.json');
    }
    case 'invalid-json':
      ctx.type = 'application/json';
      ctx.body = '{"meetings": [ {"name": "oops" ';
      return;
    case 'truncated':
      ctx.type = 'application/json';
      ctx.body = '[{"question":"Is it free?","answer":"Yes"},{"question":"Wh';
      return;
    case 'html200':
      ctx.type = 'text/html';
      ctx.body = '<!doctype html><title>Error</title><h1>Something went wrong</h1>';
      return;
    case 'text':
      ctx.type = q.get('type') ?? 'text/plain';
      ctx.body = q.get('body') ?? '';
      return;
    case 'file': {
      await serveNamed(ctx, q.get('file') ?? 'test/fixtures/ok.json');
      if (ctx.status === 200) ctx.type = q.get('type') ?? 'application/octet-stream';
      return;
    }
    case 'drop':
      // "Offline" for key K until /__rk/online?key=K: the connection is closed unanswered.
      if (!q.has('online') && !offline.has(`up:${key}`)) {
        ctx.respond = false;
        ctx.req.socket.destroy();
        return;
      }
      return serveNamed(ctx, q.get('file') ?? 'test/fixtures/ok.json');
    case 'online':
      offline.add(`up:${key}`);
      ctx.type = 'application/json';
      ctx.body = '{"online":true}';
      return;
    case 'hang':
      await new Promise((resolve) => {
        const t = setTimeout(resolve, 60000);
        ctx.res.on('close', () => {
          clearTimeout(t);
          resolve();
        });
      });
      ctx.status = 504;
      return;
    case 'nocors':
      await serveNamed(ctx, q.get('file') ?? 'test/fixtures/ok.json');
      ctx.remove('Access-Control-Allow-Origin');
      return;
    case 'tile':
      ctx.type = 'image/png';
      ctx.body = TILE_PNG;
      return;
    case 'fuzz-seed':
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ seed: process.env.RK_FUZZ_SEED ?? null });
      return;
    case 'count':
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ count: (counters.get(q.get('of') ?? '') ?? 0) });
      return;
    default:
      ctx.status = 404;
  }
}
