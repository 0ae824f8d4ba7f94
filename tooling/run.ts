import { spawn } from 'node:child_process';

export interface RunOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Collect the output instead of streaming it. */
  quiet?: boolean;
}

/** Runs a command to completion, streaming its output; rejects with the command line on failure. Resolves to the output when `quiet`, else ''. */
export function run(command: string, args: readonly string[], { cwd, env = process.env, quiet = false }: RunOptions = {}): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
    let output = '';
    if (quiet) {
      // Decoded as UTF-8 across chunks: a character split between two chunks must not become two U+FFFD.
      child.stdout?.setEncoding('utf8');
      child.stderr?.setEncoding('utf8');
      child.stdout?.on('data', (d) => (output += d));
      child.stderr?.on('data', (d) => (output += d));
    }
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code === 0) resolvePromise(output);
      else reject(Object.assign(new Error(`${[command, ...args].join(' ')} failed (${signal ?? `exit ${code}`})\n${output.slice(-4000)}`), { output }));
    });
  });
}

/** Waits until `url` answers with a 2xx status, or throws after `timeoutMs`. */
export async function waitForHttp(url: string, { timeoutMs = 120_000, intervalMs = 250, isAlive = (): boolean => true } = {}): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive()) throw new Error(`The process serving ${url} stopped while starting.`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (response.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, intervalMs));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s.`);
}
