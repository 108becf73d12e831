// What every test shares: the site's address, the pages of SUMMARY.md, a
// network guard, a page opener that records what goes wrong, and the
// in-page measurements of captions, badges, figures and tables.

import { test as base, expect } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './paths.mjs';
import { PREFIX } from './server.mjs';

export { expect };
export const MIN_CONTRAST = 4.5; // WCAG AA for normal text
export const THEMES = ['light', 'rust', 'coal', 'navy', 'ayu'];
export const DARK_THEMES = ['coal', 'navy', 'ayu'];
// A chapter page with listings, figures, badges and runnable blocks.
export const TYPICAL_CHAPTER = 'ch01-04-borrowing-checked-at-run-time.html';

export function site() {
    if (!process.env.BOOK_ORIGIN) throw new Error('BOOK_ORIGIN is unset: run through `playwright test` (global-setup.mjs)');
    return process.env.BOOK_ORIGIN + PREFIX;
}

// The pages of SUMMARY.md in order (drafts, `[Title]()`, are not rendered).
export function summaryPages() {
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

// `net` guards every test: requests to 127.0.0.1 go on; anything else is
// recorded and aborted (or, when a test sets net.playground, a request to
// play.rust-lang.org gets its canned reply). A test that made a request off
// localhost fails, whatever it checked.
export const test = base.extend({
    net: [async ({ context }, use) => {
        const net = { outside: [], playground: null };
        await context.route('**/*', async route => {
            const url = route.request().url();
            if (isLocal(url)) {
                await route.continue();
            } else if (net.playground && url.startsWith('https://play.rust-lang.org/')) {
                net.playground.requests.push({ url, method: route.request().method(), body: route.request().postData() });
                await route.fulfill({
                    status: 200,
                    contentType: 'application/json',
                    headers: { 'Access-Control-Allow-Origin': '*' },
                    body: JSON.stringify({ result: net.playground.result }),
                });
            } else {
                net.outside.push(url);
                await route.abort('blockedbyclient');
            }
        });
        await use(net);
        expect(net.outside, 'requests that left localhost').toEqual([]);
    }, { auto: true }],
});

// Opens a page and records everything that goes wrong while it loads.
export async function open(page, address) {
    const log = { consoleErrors: [], pageErrors: [], failed: [], status: null, urls: [] };
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
        log.urls.push(response.url());
        if (response.status() >= 400 && response.url() !== address) {
            log.failed.push(`${response.url()}: HTTP ${response.status()}`);
        }
    });
    const response = await page.goto(address, { waitUntil: 'networkidle' });
    // A quiet network is not a parsed page: print.html (the whole book) can
    // go quiet while the parser is still at work. The load event comes after
    // the last script has run.
    await page.waitForLoadState('load');
    log.status = response ? response.status() : null;
    return log;
}

export function problemsOf(log) {
    return [
        ...log.consoleErrors.map(e => `console error: ${e}`),
        ...log.pageErrors.map(e => `page error: ${e}`),
        ...log.failed.map(e => `request failed: ${e}`),
    ];
}

// Waits (up to 15 s) until every figure has loaded: the theme may have
// swapped its source after the page went idle.
export async function figuresLoaded(page) {
    await page.waitForFunction(() => Array.from(document.querySelectorAll('figure.diagram img'))
        .every(i => i.complete && i.naturalWidth > 0), null, { timeout: 15_000 }).catch(() => {});
}

// Switches theme the way a reader does: the brush icon, then the theme.
export async function chooseTheme(page, theme) {
    await page.click('#mdbook-theme-toggle');
    await page.click(`#mdbook-theme-${theme}`);
    await page.waitForFunction(t => document.documentElement.classList.contains(t), theme);
    await page.keyboard.press('Escape'); // close the theme menu
    await page.waitForTimeout(300); // let colour transitions finish
}

// Runs in the page: colours, contrast and badge text of captions and badges.
// Colours are composited the way they are painted: the background is every
// ancestor's background-color layered from <html> up; the text colour has its
// own alpha and every ancestor's opacity applied over that background.
export function measureInPage() {
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
        'pre > code.compile_fail, pre > code.should_panic, pre > code.aborts, pre > code.exits_with_error, pre > code.miri_ub, pre > code.tests_fail')).map(code => {
        const pre = code.parentElement;
        const tag = ['compile_fail', 'should_panic', 'aborts', 'exits_with_error', 'miri_ub', 'tests_fail'].find(c => code.classList.contains(c));
        const content = getComputedStyle(pre, '::before').content;
        const caption = pre.previousElementSibling && pre.previousElementSibling.matches('p.listing')
            ? pre.previousElementSibling.id : null;
        return { tag, caption, content, ...textContrast(pre, '::before') };
    });
    return { captions, badges, theme: document.documentElement.className };
}

// Runs in the page: how captions, figures and tables are laid out against
// the text column (<main>).
export function layoutInPage() {
    const main = document.querySelector('main');
    const column = main.getBoundingClientRect();
    const style = getComputedStyle(main);
    const left = column.left + parseFloat(style.paddingLeft);
    const right = column.right - parseFloat(style.paddingRight);

    // A caption's title (everything before the file path, its last <code>)
    // should take no more lines than its width needs, plus one for wrapping.
    const captions = Array.from(document.querySelectorAll('p.listing')).map(p => {
        const path = p.querySelector(':scope > code:last-child');
        const inlineCode = Array.from(p.querySelectorAll('code')).filter(c => c !== path);
        const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
        let width = 0;
        const centres = [];
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            if (path && path.contains(node)) continue;
            const range = document.createRange();
            range.selectNodeContents(node);
            for (const r of range.getClientRects()) {
                if (r.width === 0 || r.height === 0) continue;
                width += r.width;
                const centre = (r.top + r.bottom) / 2;
                if (!centres.some(c => Math.abs(c - centre) < r.height / 2)) centres.push(centre);
            }
        }
        const needed = Math.max(1, Math.ceil(width / p.clientWidth));
        return {
            id: p.id,
            text: p.textContent.trim(),
            lines: centres.length,
            needed,
            blockCode: inlineCode.filter(c => getComputedStyle(c).display !== 'inline').map(c => c.textContent),
            pathDisplay: path ? getComputedStyle(path).display : null,
        };
    });

    const figures = Array.from(document.querySelectorAll('figure.diagram')).map(f => {
        const img = f.querySelector('img');
        const r = img.getBoundingClientRect();
        const scroller = img.closest('.figure-scroll');
        const scrolls = !!scroller && scroller.scrollWidth > scroller.clientWidth + 1;
        return {
            id: f.id,
            src: img.getAttribute('src'),
            loaded: img.complete && img.naturalWidth > 0,
            left: r.left, right: r.right,
            scale: img.naturalWidth ? r.width / img.naturalWidth : 0,
            scrolls,
            scrollerFocusable: !!scroller && scroller.tabIndex >= 0,
            scrollerRight: scroller ? scroller.getBoundingClientRect().right : null,
            fullSize: img.closest('a') ? img.closest('a').getAttribute('href') : null,
        };
    });

    const tables = Array.from(document.querySelectorAll('main table')).map((t, i) => {
        const wrapper = t.parentElement;
        const w = wrapper.getBoundingClientRect();
        const overflowX = getComputedStyle(wrapper).overflowX;
        const scrolls = wrapper.scrollWidth > wrapper.clientWidth + 1;
        return {
            index: i + 1,
            right: t.getBoundingClientRect().right,
            wrapperRight: w.right,
            scrolls,
            scrollable: scrolls && /auto|scroll/.test(overflowX),
            focusable: wrapper.tabIndex >= 0,
            clippedBy: Math.max(0, t.getBoundingClientRect().right - Math.min(w.right, right)),
        };
    });

    return {
        left, right,
        pageScrollsSideways: document.scrollingElement.scrollWidth > window.innerWidth + 1,
        captions, figures, tables,
        dark: ['coal', 'navy', 'ayu'].some(t => document.documentElement.classList.contains(t)),
    };
}

// What is wrong with a page's layout, as readable lines.
export function layoutProblems(layout, { phone = false } = {}) {
    const problems = [];
    for (const c of layout.captions) {
        if (c.blockCode.length) problems.push(`caption #${c.id}: inline code shown as a block: ${c.blockCode.join(', ')}`);
        if (c.lines > c.needed + 1) problems.push(`caption #${c.id} wraps onto ${c.lines} lines where ${c.needed} would do: ${c.text}`);
        if (c.pathDisplay && c.pathDisplay !== 'block') problems.push(`caption #${c.id}: the file path is not on a line of its own`);
    }
    for (const f of layout.figures) {
        const want = layout.dark ? /\.dark\.svg$/ : /^(?!.*\.dark\.svg$).*\.svg$/;
        if (!want.test(f.src)) problems.push(`#${f.id} shows ${f.src} in a ${layout.dark ? 'dark' : 'light'} theme`);
        if (!f.loaded) problems.push(`#${f.id}: ${f.src} did not load`);
        if (!f.fullSize) problems.push(`#${f.id}: no link to the figure at full size`);
        if (f.scrolls) {
            if (!f.scrollerFocusable) problems.push(`#${f.id} scrolls but cannot be focused`);
            if (f.scrollerRight > layout.right + 0.5) problems.push(`#${f.id}: its scroller sticks out of the text column by ${(f.scrollerRight - layout.right).toFixed(1)} px`);
        } else if (f.right > layout.right + 0.5 || f.left < layout.left - 0.5) {
            problems.push(`#${f.id} sticks out of the text column by ${Math.max(f.right - layout.right, layout.left - f.left).toFixed(1)} px`);
        }
        if (phone && f.scale < 0.595) problems.push(`#${f.id} is shrunk to ${(f.scale * 100).toFixed(0)}% on a phone: its text is too small to read`);
    }
    for (const t of layout.tables) {
        if (t.clippedBy > 0.5 && !t.scrollable) problems.push(`table ${t.index}: clipped by ${t.clippedBy.toFixed(1)} px and cannot be scrolled`);
        if (t.wrapperRight > layout.right + 0.5) problems.push(`table ${t.index}: sticks out of the text column by ${(t.wrapperRight - layout.right).toFixed(1)} px`);
        if (t.scrollable && !t.focusable) problems.push(`table ${t.index} scrolls but cannot be focused`);
    }
    if (layout.pageScrollsSideways) problems.push('the page scrolls sideways');
    return problems;
}
