import { test } from 'node:test';
import { ApiSession } from './api-session.ts';
import { checkPage } from './browser-steps.ts';
import { journey } from './users.ts';

const j = journey();

test('who looked: the organisation officer reads an official’s record, and the official sees it on their own record page (issue 17)', {
  timeout: 240_000,
}, async () => {
  const api = await ApiSession.signIn(j.app.baseUrl, 'tochuc.snv');
  const id = await api.findPerson('truongphong.stc', 'Đặng Thu Hà');

  const officer = await j.people.as('tochuc.snv');
  await officer.goto(`${j.app.baseUrl}/org/people/${id}/record`);
  await officer.getByTestId('record-paragraph').waitFor();

  const official = await j.people.as('truongphong.stc');
  await official.goto(`${j.app.baseUrl}/record`);
  const readers = official.getByTestId('my-readers');
  await readers.getByText('Trịnh Thị Mai — Sở Nội vụ').first().waitFor();
  await readers.getByText('Xem hồ sơ đổi mới').first().waitFor();
  await checkPage(official, 'who-looked-01-my-readers');
});
