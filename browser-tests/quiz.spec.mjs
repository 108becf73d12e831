// A practice page's quiz as a reader meets it, in Debian's headless Chromium
// (@playwright/test form; no browser is downloaded).
//
//   PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npx playwright test \
//       --output target/playwright browser-tests/quiz.spec.mjs
//
// Needs the book built with mdbook-quiz 0.5.0 (`mdbook build -d
// target/mdbook`). A static server on 127.0.0.1 serves it under the site
// path; every request that leaves 127.0.0.1 is aborted and fails the test.
//
// - One reader answers chapter 8's quiz: the first question right, the
//   second wrong, the third (a Tracing question) right. The review says 2/3,
//   marks the first answer correct and the second incorrect, and "see the
//   correct answers" shows the right choice with its explanation, whose link
//   leads to the section that teaches it.
// - The quiz bundle loads on practice pages only: a chapter page next to it
//   requests no quiz file. Both pages' weights are reported.

import { test, expect } from '@playwright/test';
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const HTML = path.join(ROOT, 'target', 'mdbook', 'html');
const PREFIX = '/smart-pointers-book/'; // book.toml's site-url
const PRACTICE = 'ch08-06-practice.html';
const CHAPTER = 'ch08-00-choosing.html';

const TYPES = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript; charset=utf-8',
    '.css': 'text/css; charset=utf-8',
    '.svg': 'image/svg+xml',
    '.png': 'image/png',
    '.woff2': 'font/woff2',
    '.woff': 'font/woff',
    '.json': 'application/json',
};

test.use({
    browserName: 'chromium',
    launchOptions: {
        executablePath: '/usr/bin/chromium',
        args: ['--no-sandbox', '--disable-gpu', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
    },
});

let server;
let origin;
// Bytes the server has sent, for page weights.
let served = 0;

test.beforeAll(async () => {
    if (!fs.existsSync(path.join(HTML, PRACTICE))) {
        throw new Error(`${HTML}/${PRACTICE} is missing: build the book with mdbook-quiz first (mdbook build -d target/mdbook)`);
    }
    server = http.createServer((request, response) => {
        const url = new URL(request.url, 'http://127.0.0.1');
        let file = decodeURIComponent(url.pathname);
        if (!file.startsWith(PREFIX)) {
            response.writeHead(404).end();
            return;
        }
        file = path.join(HTML, path.normalize(file.slice(PREFIX.length)) || 'index.html');
        if (!file.startsWith(HTML) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
            response.writeHead(404).end();
            return;
        }
        const type = TYPES[path.extname(file)] || 'application/octet-stream';
        const body = fs.readFileSync(file);
        served += body.length;
        response.writeHead(200, { 'content-type': type });
        response.end(body);
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${server.address().port}`;
});

test.afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
});

/// Opens `page_name`; returns what the page asked for and what went wrong.
async function open(page, pageName) {
    const seen = { offsite: [], errors: [], files: [] };
    await page.route('**/*', (route) => {
        const url = route.request().url();
        if (url.startsWith(origin)) {
            return route.continue();
        }
        seen.offsite.push(url);
        return route.abort();
    });
    page.on('console', (message) => {
        if (message.type() === 'error') seen.errors.push(message.text());
    });
    page.on('pageerror', (error) => seen.errors.push(String(error)));
    page.on('response', (response) => {
        seen.files.push(new URL(response.url()).pathname);
    });
    await page.goto(`${origin}${PREFIX}${pageName}`, { waitUntil: 'load' });
    return seen;
}

test('a reader answers one question right and one wrong', async ({ page }) => {
    const seen = await open(page, PRACTICE);
    const quiz = page.locator('.quiz-frame .mdbook-quiz');
    await expect(page.locator('.quiz-frame .quiz-missing')).toBeHidden();
    await expect(quiz.locator('header')).toContainText('5 questions');

    await quiz.getByRole('button', { name: 'Start' }).click();
    await expect(quiz.locator('.counter')).toHaveText('Question 1 / 5');
    await quiz.getByLabel('Rc<Theme>', { exact: true }).check();
    await quiz.locator('input[type=submit]').click();

    await expect(quiz.locator('.counter')).toHaveText('Question 2 / 5');
    await quiz.getByLabel('Rc<Cell<u64>>', { exact: true }).check();
    await quiz.locator('input[type=submit]').click();

    // The three program questions, answered as quizzes/ch08.toml states
    // (cargo test proves those answers against the compiler).
    const tracing = [
        ['Question 3 / 5', 'borrowed owned'],
        ['Question 4 / 5', 'cli:false docs:false'],
        ['Question 5 / 5', '[4] [4, 2, 8] false'],
    ];
    for (const [counter, stdout] of tracing) {
        await expect(quiz.locator('.counter')).toHaveText(counter);
        await quiz.getByLabel('DOES compile').check();
        await quiz.locator('textarea[name=stdout]').fill(stdout);
        await quiz.locator('input[type=submit]').click();
    }

    await expect(quiz).toContainText('You answered 4/5 questions correctly.');
    const answers = quiz.locator('.answer-wrapper');
    await expect(answers.nth(0).locator('.correct')).toContainText('Rc<Theme>');
    await expect(answers.nth(1).locator('.incorrect')).toContainText('Rc<Cell<u64>>');

    await quiz.getByRole('button', { name: 'see the correct answers' }).first().click();
    const second = quiz.locator('.answer-wrapper').nth(1);
    await expect(second).toContainText('Arc<Mutex<u64>>');
    const lesson = second.getByRole('link', { name: 'Sharing across threads' });
    await expect(lesson).toHaveAttribute('href', 'ch08-02-across-threads.html#arcmutext-in-its-place');
    await lesson.click();
    await expect(page).toHaveURL(`${origin}${PREFIX}ch08-02-across-threads.html#arcmutext-in-its-place`);
    await expect(page.locator('main h1')).toHaveText('Sharing across threads');

    expect(seen.offsite, 'requests that left the site').toEqual([]);
    expect(seen.errors, 'console errors').toEqual([]);
});

test('the quiz bundle loads on practice pages only', async ({ browser }) => {
    const weights = {};
    for (const name of [PRACTICE, CHAPTER]) {
        const page = await browser.newPage();
        served = 0;
        const seen = await open(page, name);
        await page.waitForLoadState('networkidle');
        const quizFiles = seen.files.filter((f) => f.includes('/quiz/'));
        if (name === PRACTICE) {
            expect(quizFiles.length, `${name} loads the quiz bundle`).toBeGreaterThan(0);
        } else {
            expect(quizFiles, `${name} loads no quiz file`).toEqual([]);
        }
        weights[name] = Math.round(served / 1024);
        expect(seen.offsite, 'requests that left the site').toEqual([]);
        await page.close();
    }
    const note = `page weight, uncompressed: ${PRACTICE} ${weights[PRACTICE]} KiB, ${CHAPTER} ${weights[CHAPTER]} KiB`;
    test.info().annotations.push({ type: 'page weight', description: note });
    console.log(note);
});
