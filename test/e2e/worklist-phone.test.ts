import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { checkPage } from './browser-steps.ts';
import { journey, People } from './users.ts';

const j = journey();
let phone: People | undefined;
after(() => phone?.closeAll());

test('at 360 px the worklist shows one card per task with case, task, due date and working days left, no sideways scrolling', {
  timeout: 180_000,
}, async () => {
  phone = new People(j.browser, j.app.baseUrl, { width: 360 });
  const page = await phone.as('giamdoc.stc');
  await page.goto(`${j.app.baseUrl}/worklist`);
  const list = page.getByRole('list', { name: 'Việc cần xử lý' });
  await list.waitFor();
  const cards = list.getByRole('listitem');
  assert.ok((await cards.count()) > 0, 'the head has tasks');
  const first = (await cards.first().innerText()).replace(/\s+/g, ' ');
  assert.match(first, /[A-Z]{2}-\d{4}-\d{6}/, 'the case code');
  assert.match(first, /Việc cần làm: \S/, 'the task');
  assert.match(first, /Hạn: (\d{2}\/\d{2}\/\d{4}|Không có hạn)/, 'the due date');
  assert.equal(await page.locator('table[data-testid="worklist"]').count(), 0, 'no table on a phone');
  assert.ok(Number(await page.evaluate('document.documentElement.scrollWidth')) <= 360, 'nothing runs off the side');
  await checkPage(page, 'worklist-360px-cards');
});
