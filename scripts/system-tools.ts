// `npm run system-tools`, the first step of `npm test` and of `.ci/run`: checks for the system tools the
// tests drive (scripts/system-tools/plan.ts), installs the missing ones with apt-get on Debian as root,
// and otherwise stops at once with the line to run.
//   --dry-run          print what would be done, change nothing, exit 0
//   --assume-missing   plan as if none of the tools were installed (with --dry-run: CI shows that path)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { env } from '../lib/env';
import { planSystemTools, SYSTEM_TOOLS, type SystemTool } from './system-tools/plan';

const args = new Set(process.argv.slice(2));
const dryRun = args.has('--dry-run');
const assumeMissing = args.has('--assume-missing');

// The browser tests use CHROMIUM_PATH; Debian's package is what installs the default one.
const tools = SYSTEM_TOOLS.map((tool) => (tool.name === 'chromium' ? { ...tool, path: env.CHROMIUM_PATH } : tool));

function has(tool: SystemTool): boolean {
  if (assumeMissing) return false;
  if (tool.path.includes('/')) return fs.existsSync(tool.path);
  return spawnSync('sh', ['-c', `command -v ${tool.path}`], { stdio: 'ignore' }).status === 0;
}

const plan = planSystemTools(
  { has, debian: fs.existsSync('/etc/debian_version'), root: process.getuid?.() === 0 },
  tools,
);

if (plan.kind === 'ready') {
  console.log(`[system-tools] all there: ${tools.map((t) => t.name).join(', ')}`);
} else if (plan.kind === 'stop') {
  console.error(`[system-tools] ${plan.message}`);
  process.exit(dryRun ? 0 : 1);
} else {
  console.log(`[system-tools] missing: ${plan.missing.map((t) => t.name).join(', ')}`);
  for (const [command, ...rest] of plan.commands) {
    console.log(`[system-tools] ${dryRun ? 'would run' : 'running'}: ${[command, ...rest].join(' ')}`);
    if (dryRun) continue;
    const run = spawnSync(command, rest, {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (run.status !== 0) {
      console.error(`[system-tools] ${command} failed (exit ${run.status ?? run.signal})`);
      process.exit(1);
    }
  }
  const still = dryRun ? [] : tools.filter((tool) => !has(tool));
  if (still.length > 0) {
    console.error(`[system-tools] still missing after apt-get: ${still.map((t) => t.name).join(', ')}`);
    process.exit(1);
  }
}
