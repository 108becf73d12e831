// The checks that concern the site as a whole, or one reader's action:
// the sidebar, the 404 page, metadata, search, the themes, the Run button,
// and the figures on a phone. (print.html's order is checked where
// pages.spec.mjs loads it.)

import fs from 'node:fs';
import path from 'node:path';
import { ROOT, ARTIFACTS } from './paths.mjs';
import { PREFIX } from './server.mjs';
import {
    test, expect, site, summaryPages, open, problemsOf, chooseTheme, measureInPage, layoutInPage, layoutProblems, figuresLoaded,
    MIN_CONTRAST, THEMES, DARK_THEMES, TYPICAL_CHAPTER,
} from './fixtures.mjs';

const PHONE = { width: 390, height: 844 };

test('the sidebar lists every page of SUMMARY.md, in order', async ({ page }) => {
    const log = await open(page, site());
    expect(problemsOf(log)).toEqual([]);
    const hrefs = await page.$$eval('#mdbook-sidebar a[href]', links => links.map(a => a.getAttribute('href')));
    const sidebarPages = hrefs
        .map(h => h.replace(/#.*$/, '').replace(/^.*\//, ''))
        .filter(h => h.endsWith('.html') && h !== 'print.html' && h !== 'toc.html')
        .filter((h, i, all) => all.indexOf(h) === i);
    expect(sidebarPages).toEqual(summaryPages());
});

test('an unknown address shows the 404 page, styled, with a working link to the introduction', async ({ page }) => {
    const address = site() + 'ch99-no-such-page.html';
    const log = await open(page, address);
    // Chromium reports the 404 of the page itself as a console error: that
    // status is the point here, so only that one message is expected.
    log.consoleErrors = log.consoleErrors.filter(e => !(e.includes('404') && e.includes(address)));
    const problems = problemsOf(log);
    if (log.status !== 404) problems.push(`status ${log.status}, expected 404`);
    const h1 = await page.$eval('main h1', h => h.textContent.trim()).catch(() => null);
    if (!h1) problems.push('no heading on the 404 page');
    const styled = await page.evaluate(() => getComputedStyle(document.querySelector('#mdbook-sidebar') || document.body).position);
    if (styled === 'static') problems.push('the 404 page has no style sheet (is site-url right?)');
    const link = await page.$('main a[href$="ch01-00-introduction.html"]');
    if (!link) {
        problems.push('no link to ch01-00-introduction.html in the 404 page');
    } else {
        await Promise.all([page.waitForLoadState('load'), link.click()]);
        await page.waitForURL(/ch01-00-introduction\.html$/).catch(() => {});
        if (!page.url().endsWith(PREFIX + 'ch01-00-introduction.html')) problems.push(`the link led to ${page.url()}`);
    }
    expect(problems).toEqual([]);
});

test('pages carry the description, our favicons and an edit link', async ({ page }) => {
    await open(page, site() + TYPICAL_CHAPTER);
    const problems = [];
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
    const want = 'https://github.com/smart-pointers-book/smart-pointers-book/edit/main/src/ch01-04-borrowing-checked-at-run-time.md';
    if (edit !== want) problems.push(`edit link is ${edit}, expected ${want}`);
    expect(problems).toEqual([]);
});

const TERM = 'RefCell';
// Opens the introduction, presses `s`, types `term`; returns the page's
// log and the results' links.
async function search(page, term) {
    const log = await open(page, site() + 'ch01-00-introduction.html');
    await page.keyboard.press('s');
    await page.waitForSelector('#mdbook-searchbar', { state: 'visible', timeout: 5000 });
    await page.keyboard.type(term, { delay: 20 });
    await page.waitForFunction(() => document.querySelectorAll('#mdbook-searchresults a').length > 0, null, { timeout: 10000 });
    const results = await page.$$eval('#mdbook-searchresults a', as => as.map(a => a.getAttribute('href')));
    return { log, results };
}

test(`search ("s", then "${TERM}") finds chapter 6`, async ({ page }) => {
    const ch06 = fs.readdirSync(path.join(ROOT, 'src')).filter(f => /^ch06-.*\.md$/.test(f));
    expect(ch06.some(f => fs.readFileSync(path.join(ROOT, 'src', f), 'utf8').includes(TERM)),
        `"${TERM}" is not in src/ch06-*.md any more: choose another chapter-6 word in browser-tests/site.spec.mjs`).toBe(true);
    const { log, results } = await search(page, TERM);
    const hit = results.find(h => /(^|\/)ch06-[^/]*\.html/.test(h));
    expect(hit, `no result links to a chapter-6 page; results: ${results.join(' ')}`).toBeTruthy();
    // Follow it: the reader lands on chapter 6.
    const link = await page.$(`#mdbook-searchresults a[href="${hit}"]`);
    await Promise.all([page.waitForURL(/ch06-/), link.click()]);
    await page.waitForLoadState('networkidle');
    expect(page.url()).toMatch(/ch06-/);
    expect(problemsOf(log)).toEqual([]);
});

test('search ("E0596") finds the appendix of errors and panics', async ({ page }) => {
    const { results } = await search(page, 'E0596');
    expect(results.some(h => h.includes('appendix-01-errors-and-panics.html')), results.join(' ')).toBe(true);
});

test('chapter 1 shows captions, a "Does not compile" badge and a "Panics" badge', async ({ page }) => {
    await open(page, site() + TYPICAL_CHAPTER);
    const { captions, badges } = await page.evaluate(measureInPage);
    const problems = [];
    if (captions.length === 0) problems.push('no p.listing captions');
    for (const c of captions) if (!c.text.startsWith('Listing ')) problems.push(`caption #${c.id}: ${c.text}`);
    const fail = badges.find(b => b.tag === 'compile_fail');
    const panic = badges.find(b => b.tag === 'should_panic');
    if (!fail || fail.content !== '"Does not compile"') problems.push(`compile_fail badge: ${fail && fail.content}`);
    if (!panic || panic.content !== '"Panics"') problems.push(`should_panic badge: ${panic && panic.content}`);
    expect(problems).toEqual([]);
});

for (const theme of THEMES) {
    const dark = DARK_THEMES.includes(theme);
    test(`theme ${theme}${dark ? ' (dark)' : ''}: captions and badges have contrast >= ${MIN_CONTRAST}`, async ({ page }, testInfo) => {
        const log = await open(page, site() + TYPICAL_CHAPTER);
        await chooseTheme(page, theme);
        const { captions, badges } = await page.evaluate(measureInPage);
        const problems = problemsOf(log);
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
        testInfo.annotations.push({ type: 'contrast', description:
            `${theme}: lowest contrast: captions ${lowest(captions.flatMap(c => c.parts.map(p => p.ratio)))}:1 ` +
            `(${captions.length}), badges ${lowest(badges.map(b => b.ratio))}:1 (${badges.length})` });
        for (const id of ['listing-1-3', 'listing-1-5']) {
            await page.$eval(`#${id}`, e => e.scrollIntoView({ block: 'start' }));
            await page.evaluate(() => window.scrollBy(0, -80));
            await page.screenshot({ path: path.join(ARTIFACTS, `${theme}-${id}.png`) });
        }
        expect(problems).toEqual([]);
    });
}

test('figures follow the theme: switching to a dark theme and back swaps every figure', async ({ page }) => {
    const name = 'ch03-01-implementing-deref.html'; // holds Figure 3-1
    await open(page, site() + name);
    const problems = [];
    for (const theme of ['coal', 'light', 'ayu', 'rust']) {
        await chooseTheme(page, theme);
        await figuresLoaded(page);
        const layout = await page.evaluate(layoutInPage);
        if (layout.figures.length === 0) problems.push(`no figure on ${name}`);
        problems.push(...layoutProblems(layout).map(p => `${theme}: ${p}`));
        await page.$eval('#figure-3-1', f => f.scrollIntoView({ block: 'start' }));
        await page.screenshot({ path: path.join(ARTIFACTS, `${theme}-figure-3-1.png`) });
    }
    expect(problems).toEqual([]);
});

test.describe('on a 390 px phone', () => {
    test.use({ viewport: PHONE, isMobile: true, hasTouch: true });
    const withFigures = fs.readdirSync(path.join(ROOT, 'src'))
        .filter(f => f.endsWith('.md') && fs.readFileSync(path.join(ROOT, 'src', f), 'utf8').includes('<figure'))
        .map(f => f.replace(/\.md$/, '.html'))
        .sort();
    const withTables = ['ch06-01-cell.html', 'ch06-04-oncecell-and-costs.html', 'ch08-00-choosing.html'];
    for (const name of [...new Set([...withFigures, ...withTables])].sort()) {
        test(`${name}: figures stay legible (scroll or open full size); tables fit or scroll`, async ({ page }) => {
            await open(page, site() + name);
            await figuresLoaded(page);
            const layout = await page.evaluate(layoutInPage);
            const problems = layoutProblems(layout, { phone: true });
            const first = await page.$('figure.diagram');
            if (first) {
                await first.scrollIntoViewIfNeeded();
                await page.screenshot({ path: path.join(ARTIFACTS, `phone-${name.replace(/\.html$/, '')}.png`) });
            }
            expect(problems).toEqual([]);
        });
    }
});

test('Run sends the listing to play.rust-lang.org only when pressed', async ({ page, net }) => {
    const log = await open(page, site() + TYPICAL_CHAPTER);
    const problems = problemsOf(log);
    net.playground = { result: 'reply from the test playground', requests: [] };
    // mdBook shows a block's buttons while the pointer is over it.
    await page.hover('#listing-1-4 + pre');
    await page.click('#listing-1-4 + pre .play-button', { timeout: 5000 });
    await page.waitForFunction(() => {
        const r = document.querySelector('#listing-1-4 + pre .result');
        return r && r.innerText !== 'Running...';
    }, null, { timeout: 10000 });
    const shown = await page.$eval('#listing-1-4 + pre .result', r => r.innerText);
    const urls = net.playground.requests.map(r => `${r.method} ${r.url}`);
    if (shown !== net.playground.result) problems.push(`the result block shows "${shown}"`);
    if (!urls.includes('POST https://play.rust-lang.org/evaluate.json')) problems.push(`requests: ${urls.join(', ')}`);
    const sent = net.playground.requests.find(r => r.url.endsWith('/evaluate.json'));
    if (sent && JSON.parse(sent.body).edition !== '2024') problems.push(`sent edition ${JSON.parse(sent.body).edition}`);
    if (urls.some(u => u.includes('/meta/crates'))) problems.push('a block without `extern crate` still asked for the crate list');
    net.playground = null;
    expect(problems).toEqual([]);
});
