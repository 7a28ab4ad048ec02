import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sealStoredSecrets } from '../../src/app/auth/second-factor/seal-stored-secrets.ts';
import { SecretKeyMismatch, secretBoxFrom } from '../../src/app/auth/second-factor/secret-box.ts';
import { DEMO_PASSWORD } from '../../src/demo/demo-organisation.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { signIn } from './support.ts';
import { giveCode } from './second-factor-support.ts';

const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const ALICE = '0b6f0c9e-4f43-4a58-9d1b-5f0f5a3e8c11';
const BOB = '5d2d7a71-2f0a-4c3e-8a0e-0f6c1b2d3e4f';

/** TOTP secrets are sealed in the database: a copy of it does not hand over anyone's second factor. */
describe('second-factor secrets sealed at rest', () => {
  const box = secretBoxFrom('the installation key, shared by every process');

  it('opens what it sealed, and the sealed text names nothing of the secret', () => {
    const sealed = box.seal(ALICE, SECRET);
    assert.match(sealed, /^aes-256-gcm:/);
    assert.ok(!sealed.includes(SECRET));
    assert.notEqual(box.seal(ALICE, SECRET), sealed, 'a fresh nonce each time');
    assert.equal(box.open(ALICE, sealed), SECRET);
    assert.equal(secretBoxFrom('the installation key, shared by every process').open(ALICE, sealed), SECRET);
  });

  it('does not open for another person, with another key, or once changed', () => {
    const sealed = box.seal(ALICE, SECRET);
    assert.throws(() => box.open(BOB, sealed), SecretKeyMismatch, "a row's value copied to another person");
    assert.throws(() => secretBoxFrom('another key').open(ALICE, sealed), SecretKeyMismatch);
    const flipped = `${sealed.slice(0, -2)}${sealed.at(-2) === 'A' ? 'B' : 'A'}${sealed.at(-1)}`;
    assert.throws(() => box.open(ALICE, flipped), SecretKeyMismatch);
  });

  it('reads a secret stored in plain text before secrets were sealed', () => {
    assert.equal(box.open(ALICE, SECRET), SECRET);
    assert.equal(box.isSealed(SECRET), false);
  });

  describe('in the database', () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp();
    });
    after(() => t.close());

    it('seals the plain secrets a start finds, once, and the person still signs in with the same app', async () => {
      const person = t.org.people['truongphong.stc']!;
      const now = t.clock.now();
      await t.runtime.database.pool.query(
        'insert into second_factors (person_id, secret, created_at, confirmed_at) values ($1, $2, $3, $3)',
        [person, SECRET, now],
      );
      const box = t.runtime.app.secondFactorSecrets;
      assert.equal(await sealStoredSecrets(t.runtime.db, box), 1);
      assert.equal(await sealStoredSecrets(t.runtime.db, box), 0, 'nothing left in plain text');
      const { rows } = await t.runtime.database.pool.query('select secret from second_factors where person_id = $1', [
        person,
      ]);
      assert.ok(box.isSealed(rows[0].secret) && !rows[0].secret.includes(SECRET));
      assert.equal(box.open(person, rows[0].secret), SECRET);

      const { client, me } = await signIn(t, 'truongphong.stc', DEMO_PASSWORD);
      assert.equal(me.secondFactor, 'pending');
      await giveCode(t, client, SECRET);
      assert.equal((await client.get('/api/me')).body.secondFactor, null, 'the code of the app enrolled before');
    });
  });
});
