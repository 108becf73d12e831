// @playwright/test with Debian's chromium: no browser is downloaded
// (browser-tests/run sets PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 for npm ci).
// Every test gets a fresh browser context (empty cache and storage); a
// failing test leaves a screenshot and its report in target/.

import { defineConfig } from '@playwright/test';
import path from 'node:path';
import { ROOT, ARTIFACTS, CHROMIUM } from './paths.mjs';

export default defineConfig({
    testDir: '.',
    testMatch: /.*\.spec\.mjs$/,
    globalSetup: './global-setup.mjs',
    outputDir: path.join(ARTIFACTS, 'results'),
    fullyParallel: true,
    workers: Number(process.env.BROWSER_WORKERS || 2),
    retries: 0,
    timeout: 60_000,
    forbidOnly: true,
    reporter: [
        ['list'],
        ['html', { outputFolder: path.join(ROOT, 'target', 'browser-report'), open: 'never' }],
        ['junit', { outputFile: path.join(ARTIFACTS, 'results.xml') }],
        ['./summary-reporter.mjs'],
    ],
    use: {
        browserName: 'chromium',
        viewport: { width: 1280, height: 900 },
        colorScheme: 'light',
        screenshot: 'only-on-failure',
        launchOptions: {
            executablePath: CHROMIUM,
            args: [
                '--no-sandbox',
                '--disable-gpu',
                '--disable-quic',
                '--no-first-run',
                '--disable-background-networking',
                '--disable-component-update',
                '--disable-sync',
                // Belt and braces: no host but 127.0.0.1 resolves.
                '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
            ],
        },
    },
    projects: [
        // Timings are taken alone, after the checks (pass or fail), as their
        // teardown.
        { name: 'book', testIgnore: /measure\.spec\.mjs$/, teardown: 'measure' },
        { name: 'measure', testMatch: /measure\.spec\.mjs$/, fullyParallel: false },
    ],
});
