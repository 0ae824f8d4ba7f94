import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Files, bytes and HTML pages of a built site under `dir`, and the part of it in Pagefind's folders. */
export function measureOutput(dir) {
  const out = { files: 0, bytes: 0, htmlPages: 0, pagefindBytes: 0, pagefindFiles: 0 };
  const visit = (path, inPagefind) => {
    for (const entry of readdirSync(path, { withFileTypes: true })) {
      const full = join(path, entry.name);
      if (entry.isDirectory()) visit(full, inPagefind || entry.name.startsWith('pagefind'));
      else if (entry.isFile()) {
        const size = statSync(full).size;
        out.files += 1;
        out.bytes += size;
        if (entry.name.endsWith('.html')) out.htmlPages += 1;
        if (inPagefind) {
          out.pagefindBytes += size;
          out.pagefindFiles += 1;
        }
      }
    }
  };
  visit(dir, false);
  return out;
}
