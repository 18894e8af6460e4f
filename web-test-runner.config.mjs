import { readFileSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { embedPages } from './test/server/embed-pages.mjs';
import { endpointRoutes } from './test/server/endpoint-routes.mjs';
import { presentationCommands } from './test/server/presentation-commands.mjs';
import { summaryReporter } from './test/server/summary-reporter.mjs';
import { surveyRoutes } from './test/server/survey-routes.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './test/chromium.mjs';

// Browser tests: real Chromium from Debian, real IndexedDB, real HTTP routes (test/server/*).

const packageJson = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

export default {
  files: ['test/browser/**/*.test.ts'],
  nodeResolve: true,
  // One test file at a time: files share the origin's IndexedDB and Web Locks, and a kiosk wipe or a hanging
  // send in one file must not make another file's timing flaky.
  concurrency: 1,
  testsFinishTimeout: 300000,
  testFramework: { config: { timeout: 20000 } },
  middleware: [endpointRoutes, surveyRoutes, embedPages],
  reporters: [defaultReporter(), summaryReporter('.test-results/browser.json')],
  plugins: [
    // emulateMediaFeatures (forced colours, contrast, motion) and saveScreenshot for test/browser/helpers/presentation.ts.
    presentationCommands(),
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: './tsconfig.json',
      // The kiosk's version (kiosk/app-version.ts), as Vite's `define` puts it in the build.
      define: { __PF_VERSION__: JSON.stringify(packageJson.version) },
    }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: CHROMIUM_PATH,
        headless: true,
        args: CHROMIUM_ARGS,
      },
    }),
  ],
};
