// Every page of the book (SUMMARY.md's, index.html, print.html, 404.html):
// it loads cleanly, its captions, badges, Run buttons, figures and tables
// are right, and axe-core finds no accessibility violation in the light
// theme and in a dark one (print.html, which repeats every page, excepted).
// print.html also holds every page, in SUMMARY.md order.

import AxeBuilder from '@axe-core/playwright';
import { test, expect, site, summaryPages, MIN_CONTRAST, open, problemsOf, measureInPage, layoutInPage, layoutProblems, figuresLoaded } from './fixtures.mjs';

const PAGES = [...new Set([...summaryPages(), 'index.html', 'print.html', '404.html'])];
// The dark theme axe checks besides the default light one.
const AXE_DARK = 'navy';

// The h1 headings of every SUMMARY.md page, fetched one by one, against
// print.html's, already open in `page`.
async function checkPrintOrder(page, request) {
    const printed = await page.$$eval('main h1', hs => hs.map(h => h.textContent.trim()));
    const expected = [];
    for (const p of summaryPages()) {
        const html = await (await request.get(site() + p)).text();
        const h1s = await page.evaluate(source => Array.from(
            new DOMParser().parseFromString(source, 'text/html').querySelectorAll('main h1'),
            h => h.textContent.trim()), html);
        expect.soft(h1s.length, `${p} has no h1`).toBeGreaterThan(0);
        expected.push(...h1s);
    }
    expect.soft(printed, 'print.html holds every page, in SUMMARY.md order').toEqual(expected);
}

async function axe(page) {
    const results = await new AxeBuilder({ page }).analyze();
    return results.violations.map(v =>
        `axe ${v.id} (${v.impact}): ${v.help}; ${v.nodes.length} element(s): ` +
        v.nodes.slice(0, 5).map(n => n.target.join(' ')).join(', '));
}

for (const name of PAGES) {
    test.describe(name, () => {
        if (name === 'print.html') {
            // The whole book in one page: it needs longer, and mdBook's
            // print page opens the print dialog on load, which would stop
            // the page's scripts.
            test.beforeEach(async ({ page }) => {
                test.setTimeout(240_000);
                await page.addInitScript(() => { window.print = () => {}; });
            });
        }
        test('loads cleanly; captions, badges, Run buttons, figures and tables are right', async ({ page, request }) => {
            const log = await open(page, site() + name);
            if (name === 'print.html') await checkPrintOrder(page, request);
            const problems = problemsOf(log);
            if (log.status !== 200) problems.push(`HTTP ${log.status}`);
            const { captions, badges } = await page.evaluate(measureInPage);
            for (const c of captions) {
                if (!/^Listing \d+-\d+:/.test(c.text)) problems.push(`caption #${c.id} does not start with "Listing N-M:": ${c.text}`);
            }
            const expected = { compile_fail: '"Does not compile"', should_panic: '"Panics"', aborts: '"Aborts"', exits_with_error: '"Exits with an error"', miri_ub: '"Miri reports undefined behaviour"', tests_fail: '"Tests fail: your turn"' };
            for (const b of badges) {
                if (b.content !== expected[b.tag]) problems.push(`${b.tag} block after #${b.caption}: badge is ${b.content}, expected ${expected[b.tag]}`);
                // Each badge paints its own background, so one theme shows
                // every badge's contrast (site.spec.mjs measures all themes
                // on chapter 1).
                if (b.ratio < MIN_CONTRAST) problems.push(`${b.tag} block after #${b.caption}: badge ${b.colour} on ${b.background} is ${b.ratio.toFixed(2)}:1`);
            }
            const play = await page.$$eval('pre.playground', pres => pres.map(pre => {
                const button = pre.querySelector('.play-button');
                const noRun = pre.querySelector('code').classList.contains('no_run');
                return { noRun, visible: !!button && !button.hidden && !button.classList.contains('hidden') };
            }));
            play.forEach((p, i) => {
                if (!p.noRun && !p.visible) problems.push(`runnable block ${i + 1} has no visible Run button`);
            });
            await figuresLoaded(page);
            problems.push(...layoutProblems(await page.evaluate(layoutInPage)));
            expect(problems).toEqual([]);
        });

        // print.html is every page above in one, each already checked by
        // axe on its own; on it axe takes minutes, and it runs each page's
        // quiz bundle again, so axe skips it.
        if (name === 'print.html') return;

        test('axe: no accessibility violations, light theme', async ({ page }) => {
            await open(page, site() + name);
            expect(await axe(page)).toEqual([]);
        });

        test(`axe: no accessibility violations, ${AXE_DARK} theme`, async ({ page }) => {
            await page.addInitScript(t => localStorage.setItem('mdbook-theme', t), AXE_DARK);
            await open(page, site() + name);
            expect(await page.evaluate(() => document.documentElement.className)).toContain(AXE_DARK);
            await figuresLoaded(page);
            const problems = layoutProblems(await page.evaluate(layoutInPage)).filter(p => / theme$|did not load/.test(p));
            expect([...problems, ...await axe(page)]).toEqual([]);
        });
    });
}
