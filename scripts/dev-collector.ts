/**
 * `npm run dev`: a collector run from source (tsx watch: it restarts when collector/ or anything it imports changes),
 * on a free port on this computer, with `/api` and `/staff` of the dev server forwarded to it. Its data lives in
 * data/dev/ (DATA_DIR to change), apart from the data `npm start` keeps.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { consoleFromSource } from './dev-routes.js';

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? done(address.port) : fail(new Error('no port'))));
    });
    probe.on('error', fail);
  });
}

/** Every line the collector prints, marked as the collector's among Vite's own. */
function relay(from: NodeJS.ReadableStream | null, to: NodeJS.WriteStream): void {
  let partial = '';
  from?.setEncoding('utf8');
  from?.on('data', (chunk: string) => {
    const lines = (partial + chunk).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) to.write(`collector │ ${line}\n`);
  });
}

export function devCollector(root: string): Plugin {
  const dataDir = resolve(root, process.env.DATA_DIR || 'data/dev');
  let port = 0;
  let child: ChildProcess | undefined;
  const stop = (): void => {
    child?.kill('SIGTERM');
    child = undefined;
  };

  return {
    name: 'pf-dev-collector',
    apply: 'serve',
    async config() {
      port = await freePort();
      const target = `http://127.0.0.1:${port}`;
      // The Host header stays the dev server's (a loopback name), so the collector's same-origin checks hold. The
      // staff console comes from source; the rest of /staff/ (sign-in, sign-out, the session) from the collector.
      const bypass = (req: { url?: string }) => consoleFromSource(root, req.url ?? '');
      return { server: { proxy: { '/api': { target }, '/staff': { target, bypass } } } };
    },
    configureServer(server) {
      const tsx = createRequire(import.meta.url).resolve('tsx/cli');
      child = spawn(process.execPath, [tsx, 'watch', '--clear-screen=false', 'collector/main.ts'], {
        cwd: root,
        env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      relay(child.stdout, process.stdout);
      relay(child.stderr, process.stderr);
      server.httpServer?.once('close', stop);
      process.once('exit', stop);

      const printUrls = server.printUrls.bind(server);
      server.printUrls = () => {
        printUrls();
        const base = (server.resolvedUrls?.local[0] ?? 'http://localhost:5173/').replace(/\/$/, '');
        const kioskQuery = 'practice=Riverside%20Family%20Dental&location=waiting-room-tablet&endpoint=/api/feedback';
        console.log(
          [
            `  demo      ${base}/demo/   (edit src/ or demo/: the page reloads)`,
            `  kiosk     ${base}/kiosk/?${kioskQuery}`,
            `  staff     ${base}/staff/`,
            `  endpoint  POST ${base}/api/feedback   → collector from source on port ${port}`,
            `  data      ${dataDir}`,
          ].join('\n'),
        );
      };
    },
  };
}
