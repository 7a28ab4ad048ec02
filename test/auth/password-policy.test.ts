import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { passwordIssues, personalWords } from '../../src/domain/auth/password-policy.ts';
import { assertAcceptablePassword, strengthScore } from '../../src/app/auth/password-strength.ts';
import { DomainError } from '../../src/domain/errors.ts';

/** Issue 17 item 1 (ASVS 5.0 V6.2): length, the strength estimator and the person's own words. */
describe('password policy (issue 17 item 1, ASVS V6.2)', () => {
  const person = { username: 'truongphong.stc', fullName: 'Nguyễn Văn Bình', unitName: 'Sở Tài chính' };

  it('folds the person’s and the unit’s words without accents, also run together', () => {
    const words = personalWords(person);
    for (const w of ['truongphong.stc', 'truongphong', 'nguyen', 'binh', 'nguyenvanbinh', 'sotaichinh', 'tai', 'chinh'])
      assert.ok(words.includes(w), `${w} in ${JSON.stringify(words)}`);
  });

  const cases: [string, string | null][] = [
    ['password12', 'password_too_short'], // the 10 characters accepted before issue 17
    ['Khien@2026', 'password_too_short'],
    ['abcdefghijk', 'password_too_short'],
    ['password1234', 'password_too_weak'], // a common password, 12 characters
    ['qwertyuiop12', 'password_too_weak'], // a keyboard run
    ['111111111111', 'password_too_weak'],
    ['truongphong.stc1', 'password_personal'], // the username
    ['NguyenVanBinh#99', 'password_personal'], // the whole name, accents and spaces aside
    ['nguyễn văn bình 2026', 'password_personal'],
    ['sotaichinh2026', 'password_too_weak'], // the unit's name and a year
    ['sông Hồng chảy qua ba tỉnh', null], // any characters, Vietnamese included
    ['correct horse battery staple', null],
    ['Khien@2026-demo', null],
    ['x'.repeat(129), 'password_too_long'],
  ];
  for (const [password, expected] of cases) {
    it(`${JSON.stringify(password.slice(0, 30))} → ${expected ?? 'accepted'}`, () => {
      const score = strengthScore(password, personalWords(person));
      const issues = passwordIssues(password, score, person);
      assert.deepEqual(
        issues.map((i) => i.code),
        expected ? [expected] : [],
        `score ${score}`,
      );
    });
  }

  it('counts characters, not UTF-16 units: twelve Vietnamese letters are twelve', () => {
    assert.deepEqual(passwordIssues('ơ'.repeat(11), 4, {}), [
      { path: 'newPassword', code: 'password_too_short', params: { min: 12 } },
    ]);
  });

  it('refuses with a 422 naming the field', () => {
    assert.throws(
      () => assertAcceptablePassword('password1234', person, 'password'),
      (e: unknown) => e instanceof DomainError && e.kind === 'validation' && e.fields[0]?.path === 'password',
    );
  });
});
