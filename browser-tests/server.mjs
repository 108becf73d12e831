// The static server the browser tests read the book from: node:http on
// 127.0.0.1, an ephemeral port. It serves the book under /smart-pointers-book/
// as GitHub Pages does (book.toml's site-url): unknown addresses get 404.html
// with status 404, and text (HTML, CSS, JS, SVG, JSON) is gzipped for
// browsers that accept it, so the page weight measured is what a reader
// downloads. The installed TRPL (the pinned toolchain's docs) is served under
// /trpl/ the same way, for the page-weight comparison only.

import http from 'node:http';
import zlib from 'node:zlib';
import fs from 'node:fs';
import path from 'node:path';

export const PREFIX = '/smart-pointers-book/';
export const TRPL_PREFIX = '/trpl/';

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

// roots: { '/smart-pointers-book/': '/abs/html', '/trpl/': '/abs/book' }
export function start(roots) {
    function serve(request, response) {
        const url = new URL(request.url, 'http://127.0.0.1');
        if (url.pathname === '/' || url.pathname === PREFIX.slice(0, -1)) {
            response.writeHead(302, { Location: PREFIX });
            response.end();
            return;
        }
        let status = 200;
        let file = null;
        const prefix = Object.keys(roots).find(p => url.pathname.startsWith(p)) || PREFIX;
        const dir = roots[prefix];
        if (url.pathname.startsWith(prefix)) {
            let relative = decodeURIComponent(url.pathname.slice(prefix.length));
            if (relative === '' || relative.endsWith('/')) relative += 'index.html';
            const candidate = path.resolve(dir, relative);
            if (candidate.startsWith(dir + path.sep) && fs.existsSync(candidate) &&
                fs.statSync(candidate).isFile()) {
                file = candidate;
            }
        }
        if (file === null) {
            status = 404;
            file = path.join(roots[PREFIX], '404.html');
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
    const server = http.createServer(serve);
    return new Promise(resolve => server.listen(0, '127.0.0.1', () => resolve(server)));
}
