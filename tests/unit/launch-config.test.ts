import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

// The launcher itself, as `npm start` runs it: it must refuse before it touches any database (the
// DATABASE_URL below points at a closed port, so getting further would fail with another message).
// Slow only because it spawns tsx; the generous timeouts are for a loaded machine.
function launch(command: string, overrides: Record<string, string>) {
  const result = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/launch.ts', command], {
    encoding: 'utf8',
    timeout: 60_000,
    env: {
      ...process.env,
      DATABASE_URL: 'postgres://postgres@127.0.0.1:9/bawaba_nowhere',
      SITE_URL: '',
      AUTH_SECRET: '',
      ...overrides,
    },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the launcher on a real deployment', () => {
  it('refuses `start` without SITE_URL and AUTH_SECRET, naming them, before anything starts', () => {
    const { status, stdout, stderr } = launch('start', {});
    expect(status).toBe(1);
    expect(stderr).toContain('[bawaba] refusing to start');
    expect(stderr).toContain('SITE_URL is not set');
    expect(stderr).toContain('AUTH_SECRET is not set');
    expect(stdout).not.toContain('migrations applied');
    expect(stderr).not.toMatch(/ECONNREFUSED/);
  }, 60_000);

  it('refuses `build` with a SITE_URL that carries a path', () => {
    const { status, stderr } = launch('build', { SITE_URL: 'https://www.example.com/news' });
    expect(status).toBe(1);
    expect(stderr).toContain('SITE_URL="https://www.example.com/news" must be the bare address');
    expect(stderr).not.toContain('AUTH_SECRET');
  }, 60_000);
});
