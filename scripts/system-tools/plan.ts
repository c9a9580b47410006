// What `npm test` needs from the machine beyond npm, and what to do when some of it is missing:
// install it (Debian, as root), or stop at once with the one line that would. Pure, so that the
// decision is unit-tested for machines unlike this one.

export interface SystemTool {
  /** What the tests call it. */
  name: string;
  /** The file that must exist (or a bare command looked up on PATH). */
  path: string;
  /** The Debian package that provides it. */
  debianPackage: string;
  /** Which tests need it, for the message. */
  neededBy: string;
}

export const SYSTEM_TOOLS: readonly SystemTool[] = [
  { name: 'chromium', path: '/usr/bin/chromium', debianPackage: 'chromium', neededBy: 'browser tests, Lighthouse' },
  { name: 'nginx', path: '/usr/sbin/nginx', debianPackage: 'nginx-light', neededBy: 'the nginx stack tests' },
  { name: 'xmllint', path: 'xmllint', debianPackage: 'libxml2-utils', neededBy: 'sitemap schema checks' },
  { name: 'ss', path: 'ss', debianPackage: 'iproute2', neededBy: "the Next.js contract spec's socket check" },
  { name: 'java', path: 'java', debianPackage: 'default-jre-headless', neededBy: 'the Nu HTML Checker' },
  {
    name: 'pg_basebackup',
    path: '/usr/lib/postgresql/15/bin/pg_basebackup',
    debianPackage: 'postgresql-15',
    neededBy: 'the read-replica tests',
  },
];

export interface Machine {
  /** Whether the tool's file or command is there. */
  has: (tool: SystemTool) => boolean;
  debian: boolean;
  root: boolean;
}

export type Plan =
  | { kind: 'ready' }
  | { kind: 'install'; missing: SystemTool[]; commands: [string, ...string[]][] }
  | { kind: 'stop'; missing: SystemTool[]; message: string };

export function installLine(missing: readonly SystemTool[]): string {
  return `apt-get update && apt-get install -y ${missing.map((t) => t.debianPackage).join(' ')}`;
}

export function planSystemTools(machine: Machine, tools: readonly SystemTool[] = SYSTEM_TOOLS): Plan {
  const missing = tools.filter((tool) => !machine.has(tool));
  if (missing.length === 0) return { kind: 'ready' };
  if (machine.debian && machine.root) {
    const packages = [...new Set(missing.map((t) => t.debianPackage))];
    return {
      kind: 'install',
      missing,
      commands: [
        ['apt-get', 'update'],
        ['apt-get', 'install', '-y', '-q', ...packages],
      ],
    };
  }
  const list = missing.map((t) => `  - ${t.name} (${t.debianPackage}), for ${t.neededBy}`).join('\n');
  const run = machine.debian ? `sudo ${installLine(missing)}` : `the equivalent of: ${installLine(missing)}`;
  return {
    kind: 'stop',
    missing,
    message: `npm test needs tools this machine lacks:\n${list}\nInstall them, then run npm test again:\n  ${run}`,
  };
}
