// After `npm install`: compile the shared content model so the CMS and the site can import it.
// Runs under whatever Node npm uses (TypeScript's compiler works on Node 20 too).
import { execFileSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
execFileSync(process.execPath, [resolve(root, 'node_modules/typescript/bin/tsc'), '-p', 'content-types/tsconfig.json'], {
  cwd: root,
  stdio: 'inherit',
});
