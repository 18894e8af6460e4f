// Debian's Chromium, started the way this machine needs (docs/testing.md, "Chromium"): by web-test-runner, the e2e
// tests and the benchmarks alike. Without the background-networking flags Chromium dials out and the closed network
// refuses it; as root it needs --no-sandbox.
export const CHROMIUM_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];
