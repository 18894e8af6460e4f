/**
 * The kiosk's version (package.json's), as its health reports tell the collector: put in at build time by Vite's
 * `define` (vite.config.ts) and by the browser tests' esbuild plugin (web-test-runner.config.mjs), so no JSON module
 * is imported — the tests' server must keep serving .json files as JSON for the elements to fetch.
 */
declare const __PF_VERSION__: string;

export const APP_VERSION: string = __PF_VERSION__;
