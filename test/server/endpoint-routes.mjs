// A real local HTTP endpoint for browser tests, served by web-test-runner's dev server (koa middleware).
// Each test uses its own bucket so tests never see each other's submissions:
//   POST /test-endpoint/<bucket>           receives a submission; behaves as scripted (default: 201)
//   GET  /test-endpoint/<bucket>/received  every request received, in order: { body, headers, step, at }
//                                          (`at`: server clock in ms when it arrived, to check Retry-After was honoured)
//   GET  /test-endpoint/<bucket>/stored    ids stored (a repeat id is acknowledged but not stored twice)
//   PUT  /test-endpoint/<bucket>/script    JSON array of steps used one per POST, then the default
// A step is a status number, or { status, retryAfter }, or 'hang' (never answers), or 'cut' (stores the
// submission, then destroys the socket: the acknowledgement is lost), or 'offline' (destroys the socket unstored).
//   POST /api/tablets/report               a tablet's health report (kiosk/health-report.ts), answered 204 and kept in
//                                          the bucket `report-<device token>`: GET /test-endpoint/report-<token>/received

const buckets = new Map();

function bucket(name) {
  let b = buckets.get(name);
  if (!b) {
    b = { received: [], stored: new Map(), script: [] };
    buckets.set(name, b);
  }
  return b;
}

async function readBody(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

async function tabletReport(ctx) {
  const token = /^Bearer (pfd_[\w-]+)$/.exec(ctx.get('authorization'))?.[1];
  if (!token) {
    ctx.status = 401;
    return;
  }
  bucket(`report-${token}`).received.push({ body: JSON.parse(await readBody(ctx.req)), at: Date.now() });
  ctx.status = 204;
}

export async function endpointRoutes(ctx, next) {
  if (ctx.path === '/api/tablets/report' && ctx.method === 'POST') return tabletReport(ctx);
  const match = /^\/test-endpoint\/([\w-]+)(\/received|\/stored|\/script)?$/.exec(ctx.path);
  if (!match) return next();
  const b = bucket(match[1]);
  const action = match[2];

  if (ctx.method === 'OPTIONS') {
    ctx.status = 204;
    return;
  }
  if (action === '/received' && ctx.method === 'GET') {
    ctx.body = b.received;
    return;
  }
  if (action === '/stored' && ctx.method === 'GET') {
    ctx.body = [...b.stored.keys()];
    return;
  }
  if (action === '/script' && ctx.method === 'PUT') {
    b.script = JSON.parse(await readBody(ctx.req));
    ctx.status = 204;
    return;
  }
  if (action || ctx.method !== 'POST') return next();

  const text = await readBody(ctx.req);
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    body = text;
  }
  const step = b.script.length ? b.script.shift() : 201;
  const entry = {
    body,
    headers: {
      'content-type': ctx.get('content-type'),
      'idempotency-key': ctx.get('idempotency-key'),
      authorization: ctx.get('authorization'),
    },
    step,
    at: Date.now(),
  };
  b.received.push(entry);

  const store = () => {
    const id = body && typeof body === 'object' ? body.id : undefined;
    if (id && b.stored.has(id)) return 200;
    if (id) b.stored.set(id, body);
    return 201;
  };

  if (step === 'hang') {
    await new Promise((resolve) => ctx.req.socket.once('close', resolve));
    return;
  }
  if (step === 'offline' || step === 'cut') {
    if (step === 'cut') store();
    ctx.req.socket.destroy();
    ctx.respond = false;
    return;
  }
  const status = typeof step === 'number' ? step : step.status;
  if (typeof step === 'object' && step.retryAfter !== undefined) ctx.set('Retry-After', String(step.retryAfter));
  ctx.status = status >= 200 && status < 300 ? store() : status;
  ctx.body = status >= 200 && status < 300 ? { ok: true } : { error: `scripted ${status}` };
}
