import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every file under `dir`, recursively. */
export function allFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? allFiles(path) : [path];
  });
}

/** Text of every file under `dir`, including Pagefind's compressed fragments as raw bytes (latin1). */
export function readAll(dir: string): { path: string; text: string }[] {
  return allFiles(dir).map((path) => ({ path, text: readFileSync(path).toString('utf8') }));
}
