// For the tests: the built command (bin/refund-desk.js) run as a child process, the way people and scripts run it.
// Compiled with the rest so every test file can share it; nothing in the command imports it.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const cliRoot = fileURLToPath(new URL('../..', import.meta.url));
export const bin = join(cliRoot, 'bin', 'refund-desk.js');

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd: string;
  stdin?: string | Uint8Array;
  env?: Record<string, string>;
  /** A file descriptor to give the child as its standard output instead of a pipe. */
  stdout?: number;
  /** Called once the child is started, e.g. to close its output early. */
  started?: (child: ChildProcess) => void;
}

export function runBin(args: string[], options: RunOptions): Promise<Run> {
  return new Promise<Run>((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], {
      cwd: options.cwd,
      env: { ...process.env, ...options.env },
      stdio: ['pipe', options.stdout ?? 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout?.setEncoding('utf8').on('data', (text: string) => {
      stdout += text;
    });
    child.stderr?.setEncoding('utf8').on('data', (text: string) => {
      stderr += text;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    // A child that stops reading early (bad arguments) must not fail the test with EPIPE on its stdin.
    child.stdin?.on('error', () => {});
    child.stdin?.end(options.stdin ?? '');
    options.started?.(child);
  });
}

/** Every compiled file must be newer than its source, or the tests would check old code. */
export function assertBuiltFromCurrentSources(): void {
  const stale: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) {
        const built = join(cliRoot, 'dist', relative(join(cliRoot, 'src'), path)).replace(/\.ts$/, '.js');
        if (!existsSync(built) || statSync(built).mtimeMs < statSync(path).mtimeMs) stale.push(relative(cliRoot, path));
      }
    }
  };
  walk(join(cliRoot, 'src'));
  if (stale.length > 0) throw new Error(`run \`npx tsc -b packages/cli\` first; not built: ${stale.join(', ')}`);
}
