// The floor the collector's ingest is measured against: a bare node:http handler doing the same durable work —
// read the body, JSON.parse it, one INSERT into SQLite in WAL mode with synchronous=FULL, answer 201 — and nothing
// else. Run as its own process by ingest.bench.mjs; prints its port when listening.
import { createServer } from 'node:http';
import Database from 'better-sqlite3';

const db = new Database(process.argv[2]);
db.pragma('journal_mode = WAL');
db.pragma('synchronous = FULL');
db.exec(
  'CREATE TABLE IF NOT EXISTS submissions (id TEXT PRIMARY KEY, kind TEXT NOT NULL, body TEXT NOT NULL, received_at TEXT NOT NULL)',
);
const insert = db.prepare(
  'INSERT INTO submissions (id, kind, body, received_at) VALUES (?, ?, ?, ?) ON CONFLICT (id) DO NOTHING',
);

const server = createServer((req, res) => {
  const chunks = [];
  req.on('data', (chunk) => chunks.push(chunk));
  req.on('end', () => {
    const submission = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    const receivedAt = new Date().toISOString();
    insert.run(submission.id, submission.kind, JSON.stringify(submission), receivedAt);
    const text = JSON.stringify({ id: submission.id, status: 'stored', receivedAt });
    res.writeHead(201, {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Length': Buffer.byteLength(text),
    });
    res.end(text);
  });
});
server.listen(0, '127.0.0.1', () => console.log(`listening ${server.address().port}`));
process.on('SIGTERM', () => server.close(() => db.close()));
