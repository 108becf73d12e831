// Browser tests: open the built book (target/mdbook/html) in Debian's headless
// Chromium, the way a reader of the published site would, and check what they
// see. Run through `browser-tests/run` (README.md, "Reading online").
//
// - A static server written here (node:http, 127.0.0.1, ephemeral port)
//   serves the book under /smart-pointers-book/, the path GitHub Pages uses
//   (book.toml's site-url), and answers unknown addresses with 404.html and
//   status 404, and gzips text (HTML, CSS, JS, SVG) for browsers that accept
//   it, as GitHub Pages does, so that the page weight it reports is what a
//   reader downloads.
// - Every request the browser makes goes through a route handler: requests to
//   127.0.0.1 are served, anything else is recorded and aborted (or, for the
//   one Run-button test, answered with a canned playground reply). Chromium
//   also gets --host-resolver-rules so no name outside resolves at all.
// - Writes only under target/: the browser profile (target/browser-profile/),
//   screenshots (target/browser-artifacts/). browser-tests/run points TMPDIR
//   at target/ too.
//
// Prints one line per check and closes with "browser: N passed, M failed".

import { chromium } from 'playwright-core';
import http from 'node:http';
import zlib from 'node:zlib';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const started = Date.now();
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const HTML = path.join(ROOT, 'target', 'mdbook', 'html');
const ARTIFACTS = path.join(ROOT, 'target', 'browser-artifacts');
const PROFILE = path.join(ROOT, 'target', 'browser-profile');
const PREFIX = '/smart-pointers-book/'; // book.toml's site-url
const CHROMIUM = '/usr/bin/chromium';
const MIN_CONTRAST = 4.5; // WCAG AA for normal text
const THEMES = ['light', 'rust', 'coal', 'navy', 'ayu'];
const DARK_THEMES = ['coal', 'navy', 'ayu'];
// The page whose weight is reported: a chapter page with listings, figures
// and runnable blocks.
const TYPICAL_CHAPTER = 'ch01-01-references-and-smart-pointers.html';

// ---------------------------------------------------------------- reporting

let passed = 0;
let failed = 0;

async function check(name, body) {
    const problems = [];
    try {
        await body(problems);
    } catch (error) {
        problems.push(`threw: ${error && error.stack ? error.stack : error}`);
    }
    if (problems.length === 0) {
        passed += 1;
        console.log(`ok   ${name}`);
    } else {
        failed += 1;
        console.log(`FAIL ${name}`);
        for (const problem of problems) {
            console.log(`       ${String(problem).replace(/\n/g, '\n       ')}`);
        }
    }
}

// ------------------------------------------------------------ static server

const TYPES = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript; charset=utf-8',
    '.css': 'text/css; charset=utf-8',
    '.svg': 'image/svg+xml',
    '.png': 'image/png',
    '.woff2': 'font/woff2',
    '.woff': 'font/woff',
    '.ttf': 'font/ttf',
    '.json': 'application/json',
    '.txt': 'text/plain; charset=utf-8',
};

function serve(request, response) {
    const url = new URL(request.url, 'http://127.0.0.1');
    if (url.pathname === '/' || url.pathname === PREFIX.slice(0, -1)) {
        response.writeHead(302, { Location: PREFIX });
        response.end();
        return;
    }
    let status = 200;
    let file = null;
    if (url.pathname.startsWith(PREFIX)) {
        let relative = decodeURIComponent(url.pathname.slice(PREFIX.length));
        if (relative === '' || relative.endsWith('/')) relative += 'index.html';
        const candidate = path.resolve(HTML, relative);
        if (candidate.startsWith(HTML + path.sep) && fs.existsSync(candidate) &&
            fs.statSync(candidate).isFile()) {
            file = candidate;
        }
    }
    if (file === null) {
        status = 404;
        file = path.join(HTML, '404.html');
    }
    let body = fs.readFileSync(file);
    const type = TYPES[path.extname(file)] || 'application/octet-stream';
    const headers = { 'Content-Type': type, 'Cache-Control': 'no-cache' };
    if (/^(text\/|image\/svg|application\/json)/.test(type) &&
        /\bgzip\b/.test(request.headers['accept-encoding'] || '')) {
        body = zlib.gzipSync(body);
        headers['Content-Encoding'] = 'gzip';
        headers['Vary'] = 'Accept-Encoding';
    }
    headers['Content-Length'] = body.length;
    response.writeHead(status, headers);
    response.end(request.method === 'HEAD' ? undefined : body);
}

// ------------------------------------------------------------------ helpers

// The pages of SUMMARY.md in order (drafts, `[Title]()`, are not rendered).
function summaryPages() {
    const summary = fs.readFileSync(path.join(ROOT, 'src', 'SUMMARY.md'), 'utf8');
    const pages = [];
    for (const match of summary.matchAll(/\]\(([^)\s]+\.md)\)/g)) {
        pages.push(match[1].replace(/\.md$/, '.html'));
    }
    return pages;
}

function isLocal(url) {
    if (url.startsWith('data:') || url.startsWith('blob:') || url.startsWith('about:')) return true;
    try {
        return new URL(url).hostname === '127.0.0.1';
    } catch {
        return false;
    }
}

// Runs in the page: colours, contrast and badge text of captions and badges.
// Colours are composited the way they are painted: the background is every
// ancestor's background-color layered from <html> up; the text colour has its
// own alpha and every ancestor's opacity applied over that background.
function measureInPage() {
    function parse(colour) {
        const m = colour.match(/rgba?\(([^)]+)\)/);
        if (!m) {
            // Chromium may report color(srgb r g b / a) for computed colours.
            const c = colour.match(/color\(srgb ([^)]+)\)/);
            if (!c) return null;
            const [rgb, a] = c[1].split('/');
            const [r, g, b] = rgb.trim().split(/\s+/).map(v => parseFloat(v) * 255);
            return [r, g, b, a === undefined ? 1 : parseFloat(a)];
        }
        const parts = m[1].split(/[,\s/]+/).filter(Boolean).map(parseFloat);
        return [parts[0], parts[1], parts[2], parts.length > 3 ? parts[3] : 1];
    }
    function over(top, bottom) {
        const a = top[3];
        return [0, 1, 2].map(i => top[i] * a + bottom[i] * (1 - a)).concat([1]);
    }
    function backgroundOf(element) {
        const chain = [];
        for (let e = element; e; e = e.parentElement) chain.push(e);
        let colour = [255, 255, 255, 1]; // the canvas
        for (const e of chain.reverse()) {
            const bg = parse(getComputedStyle(e).backgroundColor);
            if (bg && bg[3] > 0) colour = over(bg, colour);
        }
        return colour;
    }
    function opacityOf(element) {
        let opacity = 1;
        for (let e = element; e; e = e.parentElement) {
            opacity *= parseFloat(getComputedStyle(e).opacity);
        }
        return opacity;
    }
    function luminance(rgb) {
        const [r, g, b] = rgb.slice(0, 3).map(v => {
            const s = v / 255;
            return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
        });
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    }
    function contrast(fg, bg) {
        const [hi, lo] = [luminance(fg), luminance(bg)].sort((x, y) => y - x);
        return (hi + 0.05) / (lo + 0.05);
    }
    function textContrast(element, pseudo) {
        const style = getComputedStyle(element, pseudo);
        let background = backgroundOf(element);
        if (pseudo) {
            const own = parse(style.backgroundColor);
            if (own && own[3] > 0) background = over(own, background);
        }
        const colour = parse(style.color);
        const alpha = colour[3] * opacityOf(element);
        const painted = over([colour[0], colour[1], colour[2], alpha], background);
        return {
            ratio: contrast(painted, background),
            colour: style.color,
            background: `rgb(${background.slice(0, 3).map(Math.round).join(', ')})`,
        };
    }

    const captions = Array.from(document.querySelectorAll('p.listing')).map(p => {
        // The caption's own text, and the path in <code> (drawn at 85% opacity).
        const parts = [p, ...p.querySelectorAll('strong, code')];
        return {
            id: p.id,
            text: p.textContent.trim(),
            parts: parts.map(e => ({ tag: e.tagName.toLowerCase(), ...textContrast(e, null) })),
        };
    });
    const badges = Array.from(document.querySelectorAll(
        'pre > code.compile_fail, pre > code.should_panic, pre > code.aborts')).map(code => {
        const pre = code.parentElement;
        const tag = ['compile_fail', 'should_panic', 'aborts'].find(c => code.classList.contains(c));
        const content = getComputedStyle(pre, '::before').content;
        const caption = pre.previousElementSibling && pre.previousElementSibling.matches('p.listing')
            ? pre.previousElementSibling.id : null;
        return { tag, caption, content, ...textContrast(pre, '::before') };
    });
    return { captions, badges, theme: document.documentElement.className };
}

// --------------------------------------------------------------------- main

async function main() {
    if (!fs.existsSync(path.join(HTML, 'index.html'))) {
        console.log(`FAIL no built book at ${HTML}: run \`mdbook build -d target/mdbook\``);
        console.log('browser: 0 passed, 1 failed');
        process.exit(1);
    }
    if (!fs.existsSync(CHROMIUM)) {
        console.log(`FAIL ${CHROMIUM} is missing: apt-get install chromium`);
        console.log('browser: 0 passed, 1 failed');
        process.exit(1);
    }
    fs.rmSync(ARTIFACTS, { recursive: true, force: true });
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    fs.rmSync(PROFILE, { recursive: true, force: true });
    fs.mkdirSync(PROFILE, { recursive: true });

    const server = http.createServer(serve);
    await new Promise(resolve => server.listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${server.address().port}`;
    const site = origin + PREFIX;

    const context = await chromium.launchPersistentContext(PROFILE, {
        executablePath: CHROMIUM,
        headless: true,
        args: [
            '--headless',
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
        viewport: { width: 1280, height: 900 },
        colorScheme: 'light',
    });

    // Every request of every page: local ones go on, others are recorded and
    // aborted, except a playground request when a test allows it.
    const outside = [];
    let playgroundReply = null; // set by the Run-button test
    await context.route('**/*', async route => {
        const url = route.request().url();
        if (isLocal(url)) {
            await route.continue();
        } else if (playgroundReply && url.startsWith('https://play.rust-lang.org/')) {
            playgroundReply.requests.push({ url, method: route.request().method(), body: route.request().postData() });
            await route.fulfill({
                status: 200,
                contentType: 'application/json',
                headers: { 'Access-Control-Allow-Origin': '*' },
                body: JSON.stringify({ result: playgroundReply.result }),
            });
        } else {
            outside.push(url);
            await route.abort('blockedbyclient');
        }
    });

    // Opens a page and records everything that goes wrong while it loads.
    async function open(page, address) {
        const log = { consoleErrors: [], pageErrors: [], failed: [], bytes: 0, requests: 0, status: null, resources: [] };
        const pending = [];
        page.on('console', msg => {
            if (msg.type() === 'error') {
                const where = msg.location() && msg.location().url ? ` (${msg.location().url})` : '';
                log.consoleErrors.push(msg.text() + where);
            }
        });
        page.on('pageerror', error => log.pageErrors.push(String(error && error.stack || error)));
        page.on('requestfailed', request => {
            log.failed.push(`${request.url()}: ${request.failure() && request.failure().errorText}`);
        });
        page.on('response', response => {
            log.requests += 1;
            pending.push(response.request().sizes().then(
                sizes => {
                    const bytes = sizes.responseHeadersSize + sizes.responseBodySize;
                    log.bytes += bytes;
                    log.resources.push({ url: response.url(), bytes });
                },
                () => {}));
            if (response.status() >= 400 && response.url() !== address) {
                log.failed.push(`${response.url()}: HTTP ${response.status()}`);
            }
        });
        const response = await page.goto(address, { waitUntil: 'networkidle' });
        log.status = response ? response.status() : null;
        await Promise.all(pending);
        return log;
    }

    function problemsOf(log, problems, outsideBefore) {
        for (const e of log.consoleErrors) problems.push(`console error: ${e}`);
        for (const e of log.pageErrors) problems.push(`page error: ${e}`);
        for (const e of log.failed) problems.push(`request failed: ${e}`);
        for (const url of outside.slice(outsideBefore)) problems.push(`request left localhost: ${url}`);
    }

    const expectedPages = summaryPages();
    const weights = [];
    const headingsOf = {}; // page -> its h1 texts

    // -- The pages in the sidebar are SUMMARY.md's pages.
    let sidebarPages = [];
    await check('the sidebar lists every page of SUMMARY.md, in order', async problems => {
        const page = await context.newPage();
        const outsideBefore = outside.length;
        const log = await open(page, site);
        problemsOf(log, problems, outsideBefore);
        const hrefs = await page.$$eval('#mdbook-sidebar a[href]', links => links.map(a => a.getAttribute('href')));
        sidebarPages = hrefs
            .map(h => h.replace(/#.*$/, '').replace(/^.*\//, ''))
            .filter(h => h.endsWith('.html') && h !== 'print.html' && h !== 'toc.html')
            .filter((h, i, all) => all.indexOf(h) === i);
        if (JSON.stringify(sidebarPages) !== JSON.stringify(expectedPages)) {
            problems.push(`sidebar: ${sidebarPages.join(' ')}`);
            problems.push(`SUMMARY.md: ${expectedPages.join(' ')}`);
        }
        await page.close();
    });

    // -- Every page: no console or page errors, nothing leaves localhost,
    //    captions read "Listing ...", every tagged block wears its badge.
    const pages = [TYPICAL_CHAPTER, ...new Set([...expectedPages, ...sidebarPages, 'index.html', 'print.html', '404.html'])]
        .filter((p, i, all) => all.indexOf(p) === i);
    for (const name of pages) {
        await check(`${name}: loads with no console or page errors and no request off localhost`, async problems => {
            const page = await context.newPage();
            const outsideBefore = outside.length;
            const log = await open(page, site + name);
            problemsOf(log, problems, outsideBefore);
            if (log.status !== 200) problems.push(`HTTP ${log.status}`);
            weights.push({ name, bytes: log.bytes, requests: log.requests, resources: log.resources });
            headingsOf[name] = await page.$$eval('main h1', hs => hs.map(h => h.textContent.trim()));
            const { captions, badges } = await page.evaluate(measureInPage);
            for (const c of captions) {
                if (!/^Listing \d+-\d+:/.test(c.text)) problems.push(`caption #${c.id} does not start with "Listing N-M:": ${c.text}`);
            }
            const expected = { compile_fail: '"Does not compile"', should_panic: '"Panics"', aborts: '"Aborts"' };
            for (const b of badges) {
                if (b.content !== expected[b.tag]) problems.push(`${b.tag} block after #${b.caption}: badge is ${b.content}, expected ${expected[b.tag]}`);
            }
            const play = await page.$$eval('pre.playground', pres => pres.map(pre => {
                const button = pre.querySelector('.play-button');
                const noRun = pre.querySelector('code').classList.contains('no_run');
                return { noRun, visible: !!button && !button.hidden && !button.classList.contains('hidden') };
            }));
            play.forEach((p, i) => {
                if (!p.noRun && !p.visible) problems.push(`runnable block ${i + 1} has no visible Run button`);
            });
            await page.close();
        });
    }

    // -- The 404 page, reached the way a reader reaches it: a wrong address.
    await check('an unknown address shows the 404 page, styled, with a working link to the introduction', async problems => {
        const page = await context.newPage();
        const outsideBefore = outside.length;
        const address = site + 'ch99-no-such-page.html';
        const log = await open(page, address);
        // Chromium reports the 404 of the page itself as a console error: that
        // status is the point here, so only that one message is expected.
        log.consoleErrors = log.consoleErrors.filter(e => !(e.includes('404') && e.includes(address)));
        problemsOf(log, problems, outsideBefore);
        if (log.status !== 404) problems.push(`status ${log.status}, expected 404`);
        const h1 = await page.$eval('main h1', h => h.textContent.trim()).catch(() => null);
        if (!h1) problems.push('no heading on the 404 page');
        const styled = await page.evaluate(() => getComputedStyle(document.querySelector('#mdbook-sidebar') || document.body).position);
        if (styled === 'static') problems.push('the 404 page has no style sheet (is site-url right?)');
        await page.screenshot({ path: path.join(ARTIFACTS, '404.png') });
        const link = await page.$('main a[href$="ch01-00-introduction.html"]');
        if (!link) {
            problems.push('no link to ch01-00-introduction.html in the 404 page');
        } else {
            await Promise.all([page.waitForLoadState('load'), link.click()]);
            await page.waitForURL(/ch01-00-introduction\.html$/).catch(() => {});
            if (!page.url().endsWith(PREFIX + 'ch01-00-introduction.html')) problems.push(`the link led to ${page.url()}`);
        }
        await page.close();
    });

    // -- Publishing metadata.
    await check('pages carry the description, our favicons and an edit link', async problems => {
        const page = await context.newPage();
        await open(page, site + TYPICAL_CHAPTER);
        const meta = await page.$eval('meta[name="description"]', m => m.content).catch(() => '');
        if (meta.length < 40) problems.push(`<meta name="description"> is "${meta}"`);
        for (const [rel, file] of [['icon', 'favicon.svg'], ['shortcut icon', 'favicon.png']]) {
            const href = await page.$eval(`link[rel="${rel}"]`, l => l.href).catch(() => null);
            if (!href) { problems.push(`no <link rel="${rel}">`); continue; }
            const served = await page.request.get(href);
            const ours = fs.readFileSync(path.join(ROOT, 'theme', file));
            if (!Buffer.from(await served.body()).equals(ours)) problems.push(`${href} is not theme/${file}`);
        }
        const edit = await page.$eval('a[href*="/edit/main/"]', a => a.href).catch(() => null);
        const want = 'https://github.com/smart-pointers-book/smart-pointers-book/edit/main/src/ch01-01-references-and-smart-pointers.md';
        if (edit !== want) problems.push(`edit link is ${edit}, expected ${want}`);
        await page.close();
    });

    // -- Search finds a chapter-6 term and links to chapter 6.
    const TERM = 'RefCell';
    await check(`search ("s", then "${TERM}") finds chapter 6`, async problems => {
        const ch06 = fs.readdirSync(path.join(ROOT, 'src')).filter(f => /^ch06-.*\.md$/.test(f));
        if (!ch06.some(f => fs.readFileSync(path.join(ROOT, 'src', f), 'utf8').includes(TERM))) {
            problems.push(`"${TERM}" is not in src/ch06-*.md any more: choose another chapter-6 word in browser-tests/test.mjs`);
            return;
        }
        const page = await context.newPage();
        const outsideBefore = outside.length;
        const log = await open(page, site + 'ch01-00-introduction.html');
        await page.keyboard.press('s');
        await page.waitForSelector('#mdbook-searchbar', { state: 'visible', timeout: 5000 });
        await page.keyboard.type(TERM, { delay: 20 });
        await page.waitForFunction(() => document.querySelectorAll('#mdbook-searchresults a').length > 0, null, { timeout: 10000 })
            .catch(() => problems.push('no search results appeared'));
        const results = await page.$$eval('#mdbook-searchresults a', as => as.map(a => a.getAttribute('href')));
        const hit = results.find(h => /(^|\/)ch06-[^/]*\.html/.test(h));
        if (!hit) {
            problems.push(`no result links to a chapter-6 page; results: ${results.join(' ')}`);
        } else {
            // Follow it: the reader lands on chapter 6 with the term marked.
            const link = await page.$(`#mdbook-searchresults a[href="${hit}"]`);
            await Promise.all([page.waitForURL(/ch06-/), link.click()]);
            await page.waitForLoadState('networkidle');
            if (!/ch06-/.test(page.url())) problems.push(`following the result led to ${page.url()}`);
        }
        await page.screenshot({ path: path.join(ARTIFACTS, 'search.png') });
        problemsOf(log, problems, outsideBefore);
        await page.close();
    });

    // -- Chapter 1's badges and captions, then their legibility in every theme.
    await check('chapter 1 shows captions, a "Does not compile" badge and a "Panics" badge', async problems => {
        const page = await context.newPage();
        await open(page, site + TYPICAL_CHAPTER);
        const { captions, badges } = await page.evaluate(measureInPage);
        if (captions.length === 0) problems.push('no p.listing captions');
        for (const c of captions) if (!c.text.startsWith('Listing ')) problems.push(`caption #${c.id}: ${c.text}`);
        const fail = badges.find(b => b.tag === 'compile_fail');
        const panic = badges.find(b => b.tag === 'should_panic');
        if (!fail || fail.content !== '"Does not compile"') problems.push(`compile_fail badge: ${fail && fail.content}`);
        if (!panic || panic.content !== '"Panics"') problems.push(`should_panic badge: ${panic && panic.content}`);
        await page.close();
    });

    for (const theme of THEMES) {
        const dark = DARK_THEMES.includes(theme);
        await check(`theme ${theme}${dark ? ' (dark)' : ''}: captions and badges have contrast >= ${MIN_CONTRAST}`, async problems => {
            const page = await context.newPage();
            const outsideBefore = outside.length;
            const log = await open(page, site + TYPICAL_CHAPTER);
            // Switch the way a reader does: the brush icon, then the theme.
            await page.click('#mdbook-theme-toggle');
            await page.click(`#mdbook-theme-${theme}`);
            await page.waitForFunction(t => document.documentElement.classList.contains(t), theme);
            await page.keyboard.press('Escape'); // close the theme menu
            await page.waitForTimeout(300); // let colour transitions finish
            const { captions, badges } = await page.evaluate(measureInPage);
            for (const c of captions) {
                for (const part of c.parts) {
                    if (part.ratio < MIN_CONTRAST) {
                        problems.push(`caption #${c.id} <${part.tag}>: ${part.colour} on ${part.background} is ${part.ratio.toFixed(2)}:1`);
                    }
                }
            }
            for (const b of badges) {
                if (b.ratio < MIN_CONTRAST) problems.push(`${b.tag} badge: ${b.colour} on ${b.background} is ${b.ratio.toFixed(2)}:1`);
            }
            if (captions.length === 0 || badges.length === 0) problems.push('nothing to measure');
            const lowest = ratios => Math.min(...ratios).toFixed(2);
            console.log(`       ${theme}: lowest contrast: captions ${lowest(captions.flatMap(c => c.parts.map(p => p.ratio)))}:1 ` +
                `(${captions.length}), badges ${lowest(badges.map(b => b.ratio))}:1 (${badges.length})`);
            for (const id of ['listing-1-2', 'listing-1-3']) {
                await page.$eval(`#${id}`, e => e.scrollIntoView({ block: 'start' }));
                await page.evaluate(() => window.scrollBy(0, -80));
                await page.screenshot({ path: path.join(ARTIFACTS, `${theme}-${id}.png`) });
            }
            problemsOf(log, problems, outsideBefore);
            // Back to the default for the pages that follow.
            await page.evaluate(() => localStorage.removeItem('mdbook-theme'));
            await page.close();
        });
    }

    // -- Run reaches the playground, and only when pressed.
    await check('Run sends the listing to play.rust-lang.org only when pressed', async problems => {
        const page = await context.newPage();
        const outsideBefore = outside.length;
        const log = await open(page, site + TYPICAL_CHAPTER);
        problemsOf(log, problems, outsideBefore);
        playgroundReply = { result: 'reply from the test playground', requests: [] };
        try {
            // mdBook shows a block's buttons while the pointer is over it.
            await page.hover('#listing-1-1 + pre');
            await page.click('#listing-1-1 + pre .play-button', { timeout: 5000 });
            await page.waitForFunction(() => {
                const r = document.querySelector('#listing-1-1 + pre .result');
                return r && r.innerText !== 'Running...';
            }, null, { timeout: 10000 });
            const shown = await page.$eval('#listing-1-1 + pre .result', r => r.innerText);
            const urls = playgroundReply.requests.map(r => `${r.method} ${r.url}`);
            if (shown !== playgroundReply.result) problems.push(`the result block shows "${shown}"`);
            if (!urls.includes('POST https://play.rust-lang.org/evaluate.json')) problems.push(`requests: ${urls.join(', ')}`);
            const sent = playgroundReply.requests.find(r => r.url.endsWith('/evaluate.json'));
            if (sent && JSON.parse(sent.body).edition !== '2024') problems.push(`sent edition ${JSON.parse(sent.body).edition}`);
            if (urls.some(u => u.includes('/meta/crates'))) problems.push('a block without `extern crate` still asked for the crate list');
        } finally {
            playgroundReply = null;
        }
        await page.close();
    });

    // -- print.html holds every chapter in SUMMARY order.
    await check('print.html holds every page, in SUMMARY.md order', async problems => {
        const page = await context.newPage();
        await open(page, site + 'print.html');
        const printed = await page.$$eval('main h1', hs => hs.map(h => h.textContent.trim()));
        const expected = expectedPages.flatMap(p => headingsOf[p] || [`(no h1 recorded for ${p})`]);
        for (const p of expectedPages) if (!(headingsOf[p] || []).length) problems.push(`${p} has no h1`);
        if (JSON.stringify(printed) !== JSON.stringify(expected)) {
            problems.push(`print.html h1s: ${JSON.stringify(printed)}`);
            problems.push(`SUMMARY order: ${JSON.stringify(expected)}`);
        }
        await page.close();
    });

    await context.close();
    server.close();

    // -- Measurements.
    const typical = weights.find(w => w.name === TYPICAL_CHAPTER);
    if (typical) {
        console.log(`page weight: ${TYPICAL_CHAPTER} transfers ${typical.bytes} bytes ` +
            `(${(typical.bytes / 1024).toFixed(1)} KiB) in ${typical.requests} requests on first load, cache empty, gzip as on GitHub Pages`);
        const kinds = {};
        for (const r of typical.resources) {
            const file = new URL(r.url).pathname;
            const kind = /\.woff2?$/.test(file) ? 'fonts' : /\.css$/.test(file) ? 'css' : /\.js$/.test(file) ? 'js'
                : /\.html$|\/$/.test(file) ? 'html' : /\.(svg|png)$/.test(file) ? 'images' : 'other';
            kinds[kind] = (kinds[kind] || 0) + r.bytes;
        }
        console.log('page weight: by kind: ' + Object.entries(kinds).sort((a, b) => b[1] - a[1])
            .map(([kind, bytes]) => `${kind} ${(bytes / 1024).toFixed(1)} KiB`).join(', '));
    }
    const chapters = weights.filter(w => /^ch\d/.test(w.name)).map(w => w.bytes).sort((a, b) => a - b);
    if (chapters.length) {
        console.log(`page weight: chapter pages ${chapters[0]}..${chapters[chapters.length - 1]} bytes, ` +
            `median ${chapters[Math.floor(chapters.length / 2)]} bytes (${chapters.length} pages)`);
    }
    console.log(`screenshots: ${path.relative(ROOT, ARTIFACTS)}/`);
    console.log(`wall time: ${((Date.now() - started) / 1000).toFixed(1)} s`);
    console.log(`browser: ${passed} passed, ${failed} failed`);
    process.exit(failed === 0 ? 0 : 1);
}

main().catch(error => {
    console.log(`FAIL the browser tests could not run: ${error && error.stack || error}`);
    console.log(`browser: ${passed} passed, ${failed + 1} failed`);
    process.exit(1);
});
