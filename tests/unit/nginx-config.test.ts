import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { nginxBinary, stackNginxConfig } from '../../scripts/stack/nginx';
import { EXAMPLE_FILE, NEWSROOM_EXAMPLE, renderNginxConfig } from '../../scripts/stack/nginx-config';

describe('nginx configuration (deploy/)', () => {
  it('keeps the newsroom example in step with the template (npm run stack -- example)', () => {
    expect(fs.readFileSync(EXAMPLE_FILE, 'utf8')).toBe(renderNginxConfig(NEWSROOM_EXAMPLE));
  });

  it('leaves no placeholder unfilled and refuses unknown ones', () => {
    expect(renderNginxConfig(NEWSROOM_EXAMPLE)).not.toMatch(/\{\{\w+\}\}/);
    expect(() => renderNginxConfig(NEWSROOM_EXAMPLE, 'listen {{port}};')).toThrow('{{port}}');
  });

  it('shows which instance answered only when asked to', () => {
    expect(renderNginxConfig(NEWSROOM_EXAMPLE)).not.toContain('add_header X-Upstream');
    expect(renderNginxConfig({ ...NEWSROOM_EXAMPLE, diagnosticHeaders: true })).toContain('add_header X-Upstream');
  });

  it.skipIf(!nginxBinary())('is accepted by nginx -t as the stack renders it', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bawaba-nginx-'));
    try {
      const config = stackNginxConfig(dir, {
        listen: '127.0.0.1:1',
        serverName: 'localhost',
        upstreams: ['127.0.0.1:2', '127.0.0.1:3'],
        cacheMaxSize: '16m',
        mimeTypes: '/etc/nginx/mime.types',
        diagnosticHeaders: false,
      });
      fs.writeFileSync(path.join(dir, 'nginx.conf'), renderNginxConfig(config));
      const test = spawnSync(
        nginxBinary()!,
        ['-t', '-p', dir, '-c', path.join(dir, 'nginx.conf'), '-e', config.errorLog],
        {
          encoding: 'utf8',
        },
      );
      expect(test.stderr).toContain('syntax is ok');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
