// `tsx scripts/concurrently.ts 'npm run typecheck' 'npm run lint' …`: shell commands at the same time,
// for test steps that need nothing from one another and mostly keep one core busy each (the checks;
// the integration tests on two PostgreSQL servers in CI). Each one's output is printed whole when it
// ends, with its time, so that logs do not interleave; the exit code is the first failure's.
import { spawn } from 'node:child_process';

const commands = process.argv.slice(2);
if (!commands.length) throw new Error("usage: tsx scripts/concurrently.ts '<command>'…");

function run(command: string): Promise<number> {
  const started = Date.now();
  const child = spawn(command, { shell: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const output: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => output.push(chunk));
  return new Promise((resolve) => {
    child.on('close', (code) => {
      const status = code ?? 1;
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      process.stdout.write(`\n$ ${command}\n${Buffer.concat(output).toString()}`);
      console.log(`[concurrently] ${status === 0 ? 'passed' : `failed (exit ${status})`} in ${seconds} s: ${command}`);
      resolve(status);
    });
  });
}

const statuses = await Promise.all(commands.map(run));
process.exit(statuses.find((s) => s !== 0) ?? 0);
