// Starts the static server (server.mjs) once for every worker, and tells the
// workers where it is through the environment.

import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { start, PREFIX, TRPL_PREFIX } from './server.mjs';
import { ROOT, HTML } from './paths.mjs';

export default async function globalSetup() {
    if (!fs.existsSync(path.join(HTML, 'index.html'))) {
        throw new Error(`no built book at ${HTML}: run \`mdbook build -d target/mdbook\``);
    }
    const roots = { [PREFIX]: HTML };
    try {
        const sysroot = execFileSync('rustc', ['--print', 'sysroot'], { cwd: ROOT, encoding: 'utf8' }).trim();
        const trpl = path.join(sysroot, 'share', 'doc', 'rust', 'html', 'book');
        if (fs.existsSync(path.join(trpl, 'ch15-01-box.html'))) roots[TRPL_PREFIX] = trpl;
    } catch {
        // No toolchain docs: the comparison with TRPL is skipped.
    }
    const server = await start(roots);
    process.env.BOOK_ORIGIN = `http://127.0.0.1:${server.address().port}`;
    process.env.BOOK_HAS_TRPL = roots[TRPL_PREFIX] ? '1' : '';
    return async () => new Promise(resolve => server.close(resolve));
}
