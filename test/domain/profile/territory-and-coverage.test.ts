import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  bottleneckKindIssues,
  DECREE_73_PROFILE,
  HCMC_PROFILE,
  inForceFor,
  profileIssues,
} from '../../../src/domain/profile/procedure-profile.ts';
import { POSITIONS } from '../../../src/db/reference-data.ts';

describe('issue item 7: a profile applies where it is in force (its territory)', () => {
  it('Decree 73 is national law: in force in every unit', () => {
    assert.equal(inForceFor(DECREE_73_PROFILE, ['TW', 'AK', 'AK-UBND', 'AK-STC']), true);
    assert.equal(inForceFor(DECREE_73_PROFILE, ['TW', 'HCM', 'HCM-BT']), true);
  });
  it('the HCMC profile is in force in the city and every unit below it, nowhere else', () => {
    assert.equal(inForceFor(HCMC_PROFILE, ['TW', 'HCM']), true);
    assert.equal(inForceFor(HCMC_PROFILE, ['TW', 'HCM', 'HCM-UBND', 'HCM-SNV']), true);
    assert.equal(inForceFor(HCMC_PROFILE, ['TW', 'AK', 'AK-UBND', 'AK-STC']), false);
    assert.equal(inForceFor(HCMC_PROFILE, ['TW']), false, 'not above the city either');
  });
  it('a published territory must name at least one unit', () => {
    assert.deepEqual(profileIssues({ ...HCMC_PROFILE, territory: { unitCodes: [] } }), [
      { path: 'territory.unitCodes', code: 'too_few' },
    ]);
    assert.deepEqual(profileIssues({ ...HCMC_PROFILE, territory: { unitCodes: [' '] } }), [
      { path: 'territory.unitCodes[0]', code: 'required' },
    ]);
  });
});

describe('issue item 8: who is covered and what may be proposed follow the spec (§(b), G6, G7)', () => {
  it('G7: a Party secretary (bi_thu) is not among the positions Decree 73 Art. 2 covers', () => {
    const bt = POSITIONS.find(([code]) => code === 'bi_thu');
    assert.equal(bt?.[3], false);
  });
  it('G7: the HCMC extension to all staff is attributed to the City People’s Committee’s plan, not to Plan 124-KH/TU', () => {
    assert.equal(HCMC_PROFILE.coveredPositionsOnly, false);
    assert.match(HCMC_PROFILE.name.vi, /UBND Thành phố/);
    assert.doesNotMatch(HCMC_PROFILE.name.vi, /124-KH/);
    assert.match(HCMC_PROFILE.legalBasis, /Kế hoạch của UBND TP\. Hồ Chí Minh[^;]*\(mở rộng đối tượng\)/);
    assert.match(
      HCMC_PROFILE.legalBasis,
      /124-KH\/TU[^;]*Kết luận 14-KL\/TW/,
      '124-KH/TU is cited for what it does: implementing KL14',
    );
  });
  it('G6: Art. 5(1)(a) covers matters “not yet regulated”; “regulated but unsuitable” only under a profile that allows it', () => {
    assert.equal(
      DECREE_73_PROFILE.regulatedButUnsuitableAllowed,
      false,
      'the Decree’s default is the reading every source accepts',
    );
    assert.deepEqual(bottleneckKindIssues(DECREE_73_PROFILE, 'regulated_but_unsuitable'), [
      { path: 'plan.necessity.bottleneckKind', code: 'not_allowed_by_profile' },
    ]);
    assert.deepEqual(bottleneckKindIssues(DECREE_73_PROFILE, 'not_yet_regulated'), []);
    assert.deepEqual(bottleneckKindIssues(DECREE_73_PROFILE, undefined), []);
    const { regulatedButUnsuitableAllowed: _, ...older } = DECREE_73_PROFILE;
    assert.equal(
      bottleneckKindIssues(older, 'regulated_but_unsuitable').length,
      1,
      'a profile stored before the setting existed does not allow it',
    );
    assert.deepEqual(bottleneckKindIssues(HCMC_PROFILE, 'regulated_but_unsuitable'), [], 'HCMC follows KL14 point 2.2');
  });
});
