import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { digestMail, notificationMail } from '../../src/mail/templates.ts';

/** Each mail links to where its reader acts: the case, or the campaign a reminder is about. */
describe('links in notification e-mails', () => {
  const url = 'https://khien.example.gov.vn/';
  const reminder = {
    kind: 'campaign_reminder',
    caseCode: null,
    params: { campaignId: 'c-1', title: 'Đăng ký 2026', unitName: 'Phường 1', dueOn: '2026-03-31', offset: -5 },
  };

  it('a case notification opens its case', () => {
    const mail = notificationMail({ kind: 'action_required', caseCode: 'DX-2026-000001', params: {} }, 'vi', url, 'A');
    assert.match(mail.text, /Xem hồ sơ: https:\/\/khien\.example\.gov\.vn\/cases\/DX-2026-000001\n/);
  });

  it("a campaign's reminder opens the campaign, not the home page", () => {
    const mail = notificationMail(reminder, 'en', url, 'A');
    assert.match(mail.text, /Open the campaign: https:\/\/khien\.example\.gov\.vn\/campaigns\/c-1\n/);
  });

  it('a digest gives each item without a case its own link', () => {
    const other = { ...reminder, params: { ...reminder.params, campaignId: 'c-2' } };
    const mail = digestMail([{ caseCode: null, items: [reminder, other] }], 'vi', url, 'A', '2026-03-24');
    assert.match(mail.text, /\/campaigns\/c-1\n/);
    assert.match(mail.text, /\/campaigns\/c-2\n/);
  });
});
