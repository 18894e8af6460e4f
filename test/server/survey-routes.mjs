// A practice's survey definitions over real HTTP for browser tests, served by web-test-runner's dev server (koa
// middleware). Each test uses its own bucket, so one test can take its survey away without touching another's:
//   GET /test-survey/<bucket>/<fixture>.json   test/fixtures/<fixture>.json (e.g. practice-survey), or what the
//                                              bucket was told to answer instead
//   PUT /test-survey/<bucket>/answer           JSON: "fixture" (the default), "offline" (the socket is destroyed
//                                              unanswered: the network to the survey is gone), a status number,
//                                              { "json": … } (served as the definition) or { "text": … } (not JSON)
//   GET /test-survey/<bucket>/requests         how many definitions the bucket served or refused, as a number
import { readFile } from 'node:fs/promises';

const buckets = new Map();

function bucket(name) {
  let b = buckets.get(name);
  if (!b) {
    b = { answer: 'fixture', requests: 0 };
    buckets.set(name, b);
  }
  return b;
}

async function readBody(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

export async function surveyRoutes(ctx, next) {
  const match = /^\/test-survey\/([\w-]+)\/(answer|requests|[\w-]+\.json)$/.exec(ctx.path);
  if (!match) return next();
  const b = bucket(match[1]);
  const what = match[2];

  if (what === 'answer' && ctx.method === 'PUT') {
    b.answer = JSON.parse(await readBody(ctx.req));
    ctx.status = 204;
    return;
  }
  if (what === 'requests' && ctx.method === 'GET') {
    ctx.body = b.requests;
    return;
  }
  if (!what.endsWith('.json') || ctx.method !== 'GET') return next();

  b.requests++;
  // Never from the browser's cache: a test that takes the survey away means the network, not a cached copy.
  ctx.set('Cache-Control', 'no-store');
  const answer = b.answer;
  if (answer === 'offline') {
    ctx.req.socket.destroy();
    ctx.respond = false;
    return;
  }
  if (typeof answer === 'number') {
    ctx.status = answer;
    ctx.body = { error: `scripted ${answer}` };
    return;
  }
  if (answer && typeof answer === 'object' && 'json' in answer) {
    ctx.body = answer.json;
    return;
  }
  if (answer && typeof answer === 'object' && 'text' in answer) {
    ctx.type = 'text/plain; charset=utf-8';
    ctx.body = String(answer.text);
    return;
  }
  try {
    ctx.type = 'application/json; charset=utf-8';
    ctx.body = await readFile(new URL(`../fixtures/${what}`, import.meta.url), 'utf8');
  } catch {
    ctx.status = 404;
    ctx.body = { error: `no fixture ${what}` };
  }
}
