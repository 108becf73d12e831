// Measurements, not checks: the page weight and median load time of a
// chapter page against TRPL's ch15-01 page from the pinned toolchain's docs,
// each loaded with an empty cache in a fresh context, alternately. Runs
// alone after the checks (playwright.config.mjs). Prints its figures and
// writes them to target/browser-artifacts/measurements.json.

import fs from 'node:fs';
import path from 'node:path';
import { ARTIFACTS } from './paths.mjs';
import { TRPL_PREFIX } from './server.mjs';
import { test, site, TYPICAL_CHAPTER } from './fixtures.mjs';

const LOADS = Number(process.env.BROWSER_LOADS || 7);
const OURS = 'ch02-00-box.html';
const THEIRS = 'ch15-01-box.html';

async function load(browser, address) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const client = await context.newCDPSession(page);
    await client.send('Network.enable');
    await client.send('Network.setCacheDisabled', { cacheDisabled: true });
    let transferred = 0;
    let decoded = 0;
    let requests = 0;
    const kinds = {};
    client.on('Network.loadingFinished', e => { transferred += e.encodedDataLength; });
    client.on('Network.dataReceived', e => { decoded += e.dataLength; });
    client.on('Network.responseReceived', e => {
        requests += 1;
        kinds[e.requestId] = e.response.url;
    });
    const sizes = {};
    client.on('Network.loadingFinished', e => { sizes[e.requestId] = e.encodedDataLength; });
    await page.goto(address, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');
    const ms = await page.evaluate(() => {
        const nav = performance.getEntriesByType('navigation')[0];
        return nav.loadEventEnd - nav.startTime;
    });
    const byKind = {};
    for (const [id, url] of Object.entries(kinds)) {
        const file = new URL(url).pathname;
        const kind = /\.woff2?$/.test(file) ? 'fonts' : /\.css$/.test(file) ? 'css' : /\.js$/.test(file) ? 'js'
            : /\.html$|\/$/.test(file) ? 'html' : /\.(svg|png)$/.test(file) ? 'images' : 'other';
        byKind[kind] = (byKind[kind] || 0) + (sizes[id] || 0);
    }
    await context.close();
    return { ms, transferred, decoded, requests, byKind };
}

const median = xs => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const kib = b => `${(b / 1024).toFixed(1)} KiB`;

test(`page weight and median load: ${OURS} against TRPL's ${THEIRS}`, async ({ browser }, testInfo) => {
    test.setTimeout(180_000);
    const pages = { [OURS]: site() + OURS, [TYPICAL_CHAPTER]: site() + TYPICAL_CHAPTER };
    if (process.env.BOOK_HAS_TRPL) pages[`TRPL ${THEIRS}`] = process.env.BOOK_ORIGIN + TRPL_PREFIX + THEIRS;
    const runs = Object.fromEntries(Object.keys(pages).map(k => [k, []]));
    for (let i = 0; i < LOADS; i++) {
        for (const [name, address] of Object.entries(pages)) runs[name].push(await load(browser, address));
    }
    const summary = {};
    for (const [name, list] of Object.entries(runs)) {
        const last = list[list.length - 1];
        summary[name] = {
            median_load_ms: Math.round(median(list.map(r => r.ms))),
            transferred_bytes: last.transferred,
            uncompressed_bytes: last.decoded,
            requests: last.requests,
            transferred_by_kind: last.byKind,
            loads: list.length,
        };
        const line = `${name}: ${kib(last.transferred)} transferred (gzip), ${kib(last.decoded)} uncompressed, ` +
            `${last.requests} requests; median load ${summary[name].median_load_ms} ms over ${list.length} loads; by kind: ` +
            Object.entries(last.byKind).sort((a, b) => b[1] - a[1]).map(([k, b]) => `${k} ${kib(b)}`).join(', ');
        console.log(`measure: ${line}`);
        testInfo.annotations.push({ type: 'measure', description: line });
    }
    if (!process.env.BOOK_HAS_TRPL) console.log('measure: no TRPL in the toolchain docs; comparison skipped');
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    fs.writeFileSync(path.join(ARTIFACTS, 'measurements.json'), JSON.stringify(summary, null, 2) + '\n');
});
