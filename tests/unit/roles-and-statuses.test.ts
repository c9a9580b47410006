import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { canEditArticle, isEditorial } from '@/lib/article-permissions';
import { EDITORIAL_STATUSES, isEditorialStatus, STATUS_NAMES, STORED_STATUSES } from '@/lib/article-status';
import { hasRole, ROLE_NAMES, ROLES } from '@/lib/roles';
import { articleStatus, userRole } from '@/db/schema';

// The database enums as the applied migrations left them (drizzle-kit's newest snapshot).
const META = path.resolve(import.meta.dirname, '../../drizzle/meta');
const snapshot = JSON.parse(
  fs.readFileSync(
    path.join(
      META,
      fs
        .readdirSync(META)
        .filter((f) => f.endsWith('_snapshot.json'))
        .sort()
        .at(-1)!,
    ),
    'utf8',
  ),
) as { enums: Record<string, { values: string[] }> };

describe('roles, listed once', () => {
  it('are the database enum, values and order', () => {
    expect(snapshot.enums['public.user_role']!.values).toEqual([...ROLES]);
    expect(userRole.enumValues).toEqual([...ROLES]);
  });

  it('each have an Arabic name', () => {
    expect(Object.keys(ROLE_NAMES).sort()).toEqual([...ROLES].sort());
  });

  it('rank admin above editor above writer', () => {
    const grants = ROLES.map((role) => ROLES.filter((minimum) => hasRole({ role }, minimum)));
    expect(grants).toEqual([['admin', 'editor', 'writer'], ['editor', 'writer'], ['writer']]);
    expect(ROLES.filter(isEditorial)).toEqual(['admin', 'editor']);
  });

  it('writers edit only their own drafts', () => {
    const own = { createdBy: 7, authorUserId: null };
    expect(canEditArticle({ id: 7, role: 'writer' }, { ...own, status: 'draft' })).toBe(true);
    expect(canEditArticle({ id: 7, role: 'writer' }, { ...own, status: 'review' })).toBe(false);
    expect(canEditArticle({ id: 8, role: 'editor' }, { ...own, status: 'review' })).toBe(true);
  });
});

describe('statuses, listed once', () => {
  it('stored ones are the database enum, values and order', () => {
    expect(snapshot.enums['public.article_status']!.values).toEqual([...STORED_STATUSES]);
    expect(articleStatus.enumValues).toEqual([...STORED_STATUSES]);
  });

  it('the editorial ones are the stored ones plus "scheduled", each with an Arabic name', () => {
    expect([...EDITORIAL_STATUSES].sort()).toEqual([...STORED_STATUSES, 'scheduled'].sort());
    expect(Object.keys(STATUS_NAMES)).toEqual([...EDITORIAL_STATUSES]);
  });

  it('a filter value from the URL is a status only if listed (not an Object property)', () => {
    expect(EDITORIAL_STATUSES.every(isEditorialStatus)).toBe(true);
    for (const value of ['constructor', 'toString', '__proto__', 'Draft', '', undefined])
      expect(isEditorialStatus(value)).toBe(false);
  });
});
