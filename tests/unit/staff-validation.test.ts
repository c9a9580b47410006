import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { PASSWORD_MESSAGES } from '@/lib/password-rules';
import { parseSectionPath } from '@/lib/routes/section-slug';
import { CreateSectionInput, MoveSectionInput, SECTION_MESSAGES, UpdateSectionInput } from '@/lib/validation/section';
import {
  ChangeOwnPasswordInput,
  ChangeRoleInput,
  CreateUserInput,
  ResetPasswordInput,
  STAFF_MESSAGES,
  UserIdInput,
} from '@/lib/validation/staff';

const GOOD = 'نهر-النيل-يجري-شمالا';

/** Field → messages, as the action wrapper hands them to the form. */
function errorsOf(schema: z.ZodType, input: unknown) {
  const parsed = schema.safeParse(input);
  return parsed.success ? {} : (z.flattenError(parsed.error).fieldErrors as Record<string, string[]>);
}

describe('section form schemas', () => {
  it('trims names, folds slugs to lowercase and accepts latin letters, digits and single hyphens', () => {
    expect(CreateSectionInput.parse({ name: '  منوعات ', slug: ' Arab-World2 ' })).toEqual({
      name: 'منوعات',
      slug: 'arab-world2',
    });
    expect(UpdateSectionInput.parse({ id: '12', name: 'رياضة', slug: 'sports' })).toEqual({
      id: 12,
      name: 'رياضة',
      slug: 'sports',
    });
  });

  it('refuses slugs that are not lowercase latin words joined by single hyphens, in Arabic', () => {
    for (const slug of ['رياضة', 'a b', 'a_b', '-sports', 'sports-', 'a--b', 'spörts', 'a/b', '..']) {
      expect(errorsOf(CreateSectionInput, { name: 'قسم', slug }).slug, slug).toEqual([SECTION_MESSAGES.slugFormat]);
    }
    expect(errorsOf(CreateSectionInput, { name: 'قسم', slug: '' }).slug).toEqual([SECTION_MESSAGES.slugRequired]);
    expect(errorsOf(CreateSectionInput, { name: 'قسم', slug: 'a'.repeat(61) }).slug).toEqual([
      SECTION_MESSAGES.slugTooLong,
    ]);
  });

  it('requires a name of at most 40 characters', () => {
    expect(errorsOf(CreateSectionInput, { name: '   ', slug: 'x' }).name).toEqual([SECTION_MESSAGES.nameRequired]);
    expect(errorsOf(CreateSectionInput, { name: 'ق'.repeat(41), slug: 'x' }).name).toEqual([
      SECTION_MESSAGES.nameTooLong,
    ]);
    expect(errorsOf(CreateSectionInput, { slug: 'x' }).name).toEqual([SECTION_MESSAGES.nameRequired]);
  });

  it('takes ids as plain positive integers and directions as up or down', () => {
    expect(MoveSectionInput.parse({ id: '3', direction: 'down' })).toEqual({ id: 3, direction: 'down' });
    for (const id of ['0', '-1', '1.5', '1e3', '', 'abc', '9999999999']) {
      expect(errorsOf(MoveSectionInput, { id, direction: 'up' }).id, id).toEqual([SECTION_MESSAGES.badId]);
    }
    expect(errorsOf(MoveSectionInput, { id: '3', direction: 'left' }).direction).toEqual([
      SECTION_MESSAGES.badDirection,
    ]);
  });
});

describe('user form schemas', () => {
  const user = { name: ' سارة علي ', email: ' Sara@Bawaba.TEST ', role: 'editor', password: GOOD };

  it('trims the name, lowercases the email and keeps the password exactly as typed', () => {
    expect(CreateUserInput.parse({ ...user, password: ` ${GOOD} ` })).toEqual({
      name: 'سارة علي',
      email: 'sara@bawaba.test',
      role: 'editor',
      password: ` ${GOOD} `,
    });
  });

  it('refuses a bad email, an unknown role and an empty name, each next to its field', () => {
    const errors = errorsOf(CreateUserInput, { name: '', email: 'not-an-email', role: 'owner', password: GOOD });
    expect(errors).toEqual({
      name: [STAFF_MESSAGES.nameRequired],
      email: [STAFF_MESSAGES.emailInvalid],
      role: [STAFF_MESSAGES.roleInvalid],
    });
    expect(errorsOf(ChangeRoleInput, { userId: '4', role: 'superuser' }).role).toEqual([STAFF_MESSAGES.roleInvalid]);
    expect(errorsOf(UserIdInput, { userId: 'x' }).userId).toEqual([STAFF_MESSAGES.badId]);
  });

  it('applies the newsroom password rules with their Arabic messages', () => {
    expect(errorsOf(CreateUserInput, { ...user, password: 'short' }).password).toEqual([PASSWORD_MESSAGES.too_short]);
    expect(errorsOf(ResetPasswordInput, { userId: '2', password: 'qwerty123456' }).password).toEqual([
      PASSWORD_MESSAGES.common,
    ]);
    expect(errorsOf(ResetPasswordInput, { userId: '2', password: 'x'.repeat(129) }).password).toEqual([
      PASSWORD_MESSAGES.too_long,
    ]);
    expect(errorsOf(ResetPasswordInput, { userId: '2', password: 'ab'.repeat(64) }).password).toEqual([
      PASSWORD_MESSAGES.repetitive,
    ]);
    expect(
      ResetPasswordInput.safeParse({ userId: '2', password: 'a1b2c3d4e5f6'.repeat(10).slice(0, 128) }).success,
    ).toBe(true);
  });

  it('asks for the current password, a matching confirmation and a password that actually changes', () => {
    expect(
      ChangeOwnPasswordInput.safeParse({ currentPassword: 'old one', newPassword: GOOD, confirmPassword: GOOD })
        .success,
    ).toBe(true);
    expect(
      errorsOf(ChangeOwnPasswordInput, { currentPassword: '', newPassword: GOOD, confirmPassword: GOOD })
        .currentPassword,
    ).toEqual([STAFF_MESSAGES.currentRequired]);
    expect(
      errorsOf(ChangeOwnPasswordInput, { currentPassword: 'old', newPassword: GOOD, confirmPassword: `${GOOD}!` })
        .confirmPassword,
    ).toEqual([STAFF_MESSAGES.mismatch]);
    expect(
      errorsOf(ChangeOwnPasswordInput, { currentPassword: GOOD, newPassword: GOOD, confirmPassword: GOOD }).newPassword,
    ).toEqual([STAFF_MESSAGES.sameAsCurrent]);
    expect(
      errorsOf(ChangeOwnPasswordInput, { currentPassword: 'old', newPassword: 'password', confirmPassword: 'password' })
        .newPassword,
    ).toEqual([PASSWORD_MESSAGES.too_short]);
  });
});

describe('section URLs the proxy looks up', () => {
  it('reads the slug and the page number', () => {
    expect(parseSectionPath('/section/sports')).toEqual({ slug: 'sports', page: 1 });
    expect(parseSectionPath('/section/arab-world/')).toEqual({ slug: 'arab-world', page: 1 });
    expect(parseSectionPath('/section/arab-world/page/7')).toEqual({ slug: 'arab-world', page: 7 });
  });

  it('ignores anything that cannot be a section slug, so it costs no lookup', () => {
    for (const path of [
      '/section/Sports',
      '/section/%D8%B1',
      '/section/a/page/0',
      '/section/a/page/x',
      '/section/a/b',
      '/news/1',
      '/section/',
    ]) {
      expect(parseSectionPath(path), path).toBeNull();
    }
  });
});
