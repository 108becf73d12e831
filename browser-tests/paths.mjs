// Where the browser tests read and write. Everything they write is under
// target/ (the root's): BROWSER_HTML overrides the book they test (used to
// measure an older build side by side).

import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const HTML = path.resolve(process.env.BROWSER_HTML || path.join(ROOT, 'target', 'mdbook', 'html'));
export const ARTIFACTS = path.join(ROOT, 'target', 'browser-artifacts');
export const CHROMIUM = '/usr/bin/chromium';
