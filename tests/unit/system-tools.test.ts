import { describe, expect, it } from 'vitest';
import { installLine, planSystemTools, SYSTEM_TOOLS, type SystemTool } from '../../scripts/system-tools/plan';

const present =
  (...names: string[]) =>
  (tool: SystemTool) =>
    names.includes(tool.name);
const allNames = SYSTEM_TOOLS.map((t) => t.name);

describe('system tools that npm test needs', () => {
  it('does nothing when every tool is there', () => {
    expect(planSystemTools({ has: present(...allNames), debian: true, root: true })).toEqual({ kind: 'ready' });
    expect(planSystemTools({ has: present(...allNames), debian: false, root: false })).toEqual({ kind: 'ready' });
  });

  it('installs exactly the missing packages on Debian as root, after apt-get update', () => {
    const plan = planSystemTools({ has: present('nginx', 'ss', 'java', 'pg_basebackup'), debian: true, root: true });
    expect(plan).toMatchObject({
      kind: 'install',
      commands: [
        ['apt-get', 'update'],
        ['apt-get', 'install', '-y', '-q', 'chromium', 'libxml2-utils'],
      ],
    });
  });

  it('stops with the one apt-get line when it may not install', () => {
    const plan = planSystemTools({ has: present('ss', 'java'), debian: true, root: false });
    expect(plan.kind).toBe('stop');
    if (plan.kind !== 'stop') return;
    expect(plan.message).toContain(
      'sudo apt-get update && apt-get install -y chromium nginx-light libxml2-utils postgresql-15',
    );
    expect(plan.missing.map((t) => t.name)).toEqual(['chromium', 'nginx', 'xmllint', 'pg_basebackup']);
  });

  it('names the Debian packages off Debian too, without claiming apt-get is there', () => {
    const plan = planSystemTools({ has: present(), debian: false, root: true });
    expect(plan.kind).toBe('stop');
    if (plan.kind === 'stop') expect(plan.message).toContain(`the equivalent of: ${installLine(SYSTEM_TOOLS)}`);
  });

  it('asks apt-get for each package once', () => {
    const twice: SystemTool[] = [
      { name: 'a', path: '/nope/a', debianPackage: 'p', neededBy: 'x' },
      { name: 'b', path: '/nope/b', debianPackage: 'p', neededBy: 'y' },
    ];
    const plan = planSystemTools({ has: () => false, debian: true, root: true }, twice);
    expect(plan).toMatchObject({
      commands: [
        ['apt-get', 'update'],
        ['apt-get', 'install', '-y', '-q', 'p'],
      ],
    });
  });
});
