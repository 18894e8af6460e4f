// The built collector (dist/collector/main.js) as its own process, for the benches that time it from outside: it
// resolves once the collector says where it listens, with the process and its port.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

export function startBuiltCollector(env) {
  const child = spawn(process.execPath, ['dist/collector/main.js'], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let seen = '';
    const watch = (chunk) => {
      seen += chunk;
      const match = /collector on http:\/\/localhost:(\d+)/.exec(seen);
      if (!match) return;
      child.stdout.off('data', watch);
      child.stdout.resume();
      resolve({ child, port: Number(match[1]) });
    };
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', watch);
    child.once('exit', (code) => reject(new Error(`The collector exited (${code}) before listening:\n${seen}`)));
  });
}
