import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkPage } from './browser-steps.ts';
import { actionButtons, codeFromUrl, confirmAction, dialog, expectState, openAction, openCase } from './case-steps.ts';
import { PLAN_INPUT } from './plan-fixture.ts';
import { choose, fillWholePlan, openSection } from './plan-steps.ts';
import { journey } from './users.ts';

const j = journey();
const checked: string[] = [];
const PDF = {
  name: 'quyet-dinh-phe-duyet.pdf',
  mimeType: 'application/pdf',
  buffer: Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n'),
};
const EVIDENCE = {
  name: 'bao-cao-tien-do.txt',
  mimeType: 'text/plain',
  buffer: Buffer.from('Báo cáo tiến độ: đã vận hành thí điểm tại 5 xã.\n'),
};

test('the whole lifecycle, by the real people, in the browser', { timeout: 600_000 }, async () => {
  // The proposer drafts the Art. 7 plan and submits it.
  let page = await j.people.as('truongphong.stc');
  await checkPage(page, '01-worklist-proposer', checked);
  await page.getByRole('link', { name: 'Tạo đề xuất mới' }).first().click();
  await page.getByRole('heading', { name: 'Tạo đề xuất mới' }).waitFor();
  await checkPage(page, '02-new-proposal', checked);
  await fillWholePlan(page);
  await checkPage(page, '03-plan-risks-section', checked);
  await page.getByRole('button', { name: 'Lưu và gửi đề xuất' }).click();
  await page.waitForURL(/\/cases\/[A-Z]{2}-\d{4}-\d{6}$/);
  const code = codeFromUrl(page);
  await expectState(page, 'Đã gửi, chờ tiếp nhận');
  assert.deepEqual(await actionButtons(page), ['Rút đề xuất']);
  await checkPage(page, '04-case-submitted-proposer', checked);

  // The head asks for completion.
  page = await j.people.as('giamdoc.stc');
  await page.goto(`${j.app.baseUrl}/worklist`);
  await page.getByTestId('worklist').getByRole('link', { name: PLAN_INPUT.title }).click();
  await expectState(page, 'Đã gửi, chờ tiếp nhận');
  await checkPage(page, '05-case-submitted-head', checked);
  await openAction(page, 'Yêu cầu bổ sung, hoàn thiện');
  await dialog(page).getByLabel('Yêu cầu 1').fill('Bổ sung chỉ tiêu định lượng về số hồ sơ điện tử.');
  await dialog(page).getByLabel('Lý do, căn cứ').fill('Mục tiêu chưa đủ cụ thể để đánh giá kết quả.');
  await checkPage(page, '06-return-for-completion-form', checked);
  await confirmAction(page, 'Yêu cầu bổ sung, hoàn thiện');
  await expectState(page, 'Yêu cầu bổ sung, hoàn thiện');

  // The proposer completes the plan and resubmits.
  page = await j.people.as('truongphong.stc');
  await openCase(page, j.app.baseUrl, code);
  await page.getByRole('link', { name: 'Sửa kế hoạch' }).click();
  await page.getByRole('heading', { name: `Kế hoạch đề xuất ${code}` }).waitFor();
  await openSection(page, /^6\./);
  await page.getByLabel('Mục tiêu, chỉ tiêu').fill(`${PLAN_INPUT.targets} Tối thiểu 300 hồ sơ điện tử.`);
  await page.getByRole('button', { name: 'Lưu nháp' }).click();
  await page.getByText(/Đã lưu nháp \(phiên bản 2\)/).waitFor();
  await checkPage(page, '07-edit-plan', checked);
  await openCase(page, j.app.baseUrl, code);
  await page.getByTestId('plan-changes').getByText('Mục tiêu, chỉ tiêu').waitFor();
  await openAction(page, 'Gửi lại kế hoạch đã hoàn thiện');
  await dialog(page).getByLabel('Nội dung đã bổ sung, hoàn thiện').fill('Đã bổ sung chỉ tiêu 300 hồ sơ điện tử.');
  await confirmAction(page, 'Gửi lại kế hoạch đã hoàn thiện');
  await expectState(page, 'Đã gửi, chờ tiếp nhận');

  // The head accepts (Art. 5(1) checklist) and asks the Party committee.
  page = await j.people.as('giamdoc.stc');
  await openCase(page, j.app.baseUrl, code);
  await openAction(page, 'Tiếp nhận xem xét');
  for (const label of [/^a\)/, /^b\)/, /^c\)/, /^Không gây phương hại/, /Nội dung thuộc thẩm quyền/])
    await dialog(page).getByLabel(label).check();
  await checkPage(page, '08-accept-form', checked);
  await confirmAction(page, 'Tiếp nhận xem xét');
  await expectState(page, 'Đang xem xét');
  await openAction(page, 'Xin ý kiến cấp ủy');
  await confirmAction(page, 'Xin ý kiến cấp ủy');
  await page.getByText('Xin ý kiến cấp ủy').first().waitFor();

  // The Party committee liaison records the opinion from her worklist.
  page = await j.people.as('dangu.ducq');
  await page.goto(`${j.app.baseUrl}/worklist`);
  await page.getByTestId('worklist').getByRole('link', { name: PLAN_INPUT.title }).click();
  await checkPage(page, '09-case-party-liaison', checked);
  await openAction(page, 'Ghi nhận ý kiến cấp ủy');
  await dialog(page).getByLabel('Đồng ý', { exact: true }).check();
  await dialog(page).getByLabel('Nội dung').fill('Ban Thường vụ Đảng ủy thống nhất chủ trương thí điểm.');
  await checkPage(page, '10-party-opinion-form', checked);
  await confirmAction(page, 'Ghi nhận ý kiến cấp ủy');

  // The head records the meeting and the votes; the computed result is shown; then approves.
  page = await j.people.as('giamdoc.stc');
  await openCase(page, j.app.baseUrl, code);
  await openAction(page, 'Ghi biên bản họp và biểu quyết');
  for (const name of ['Phạm Minh Đức', 'Hoàng Thị Lan', 'Võ Quốc Huy']) {
    const row = dialog(page).getByTestId(`member-${name}`);
    await row.getByRole('checkbox').check();
    await row.getByText('Tán thành', { exact: true }).click();
  }
  await checkPage(page, '11-vote-form', checked);
  await confirmAction(page, 'Ghi biên bản họp và biểu quyết', { staysOpen: true });
  const result = dialog(page).getByTestId('vote-result');
  await result.waitFor();
  assert.match(await result.innerText(), /Thông qua/);
  assert.match(await result.innerText(), /Tán thành 3/);
  await checkPage(page, '12-vote-result', checked);
  await dialog(page).getByRole('button', { name: 'Đóng' }).last().click();
  await expectState(page, 'Tập thể đã thông qua');
  await openAction(page, 'Quyết định cho triển khai');
  await dialog(page).getByLabel('Số quyết định').fill('25/QĐ-STC');
  await dialog(page).getByLabel('Lý do, căn cứ').fill('Tập thể lãnh đạo biểu quyết thông qua; cấp ủy đồng ý.');
  await dialog(page).locator('input[type=file]').setInputFiles(PDF);
  await dialog(page).getByText(`Đã tải lên ${PDF.name}`).waitFor();
  await confirmAction(page, 'Quyết định cho triển khai');
  await expectState(page, 'Đang triển khai');

  // The proposer reports progress with evidence, declares completion and files the report.
  page = await j.people.as('truongphong.stc');
  await openCase(page, j.app.baseUrl, code);
  await checkPage(page, '13-case-in-implementation', checked);
  await openAction(page, 'Báo cáo tiến độ');
  await dialog(page).getByLabel('Tỷ lệ hoàn thành (%)').fill('60');
  await dialog(page).getByLabel('Nội dung').fill('Đã vận hành thí điểm tại 5 xã, 180 hồ sơ điện tử.');
  await dialog(page).locator('input[type=file]').setInputFiles(EVIDENCE);
  await dialog(page).getByText(`Đã tải lên ${EVIDENCE.name}`).waitFor();
  await checkPage(page, '14-progress-form', checked);
  await confirmAction(page, 'Báo cáo tiến độ');
  await openAction(page, 'Xác nhận hoàn thành');
  await confirmAction(page, 'Xác nhận hoàn thành');
  await expectState(page, 'Chờ báo cáo kết quả');
  await openAction(page, 'Nộp báo cáo kết quả');
  await dialog(page).getByLabel('Kết quả thực hiện').fill('Hoàn thành thí điểm tại 5 xã; 320 hồ sơ điện tử.');
  await dialog(page)
    .getByLabel('Đánh giá mức độ đạt mục tiêu')
    .fill('Đạt và vượt chỉ tiêu 300 hồ sơ; thời gian thẩm tra giảm 45%.');
  await dialog(page).getByLabel('Tôi cam đoan báo cáo đầy đủ, trung thực').check();
  await confirmAction(page, 'Nộp báo cáo kết quả');
  await expectState(page, 'Đã báo cáo kết quả');

  // The Party committee's opinion before the evaluation.
  page = await j.people.as('giamdoc.stc');
  await openCase(page, j.app.baseUrl, code);
  await openAction(page, 'Xin ý kiến cấp ủy');
  await confirmAction(page, 'Xin ý kiến cấp ủy');
  page = await j.people.as('dangu.ducq');
  await openCase(page, j.app.baseUrl, code);
  await openAction(page, 'Ghi nhận ý kiến cấp ủy');
  await dialog(page).getByLabel('Đồng ý', { exact: true }).check();
  await dialog(page).getByLabel('Nội dung').fill('Đảng ủy đồng ý với kết quả thí điểm.');
  await confirmAction(page, 'Ghi nhận ý kiến cấp ủy');

  // The head records the evaluation.
  page = await j.people.as('giamdoc.stc');
  await openCase(page, j.app.baseUrl, code);
  await openAction(page, 'Ghi kết quả đánh giá');
  for (const name of ['Phạm Minh Đức', 'Hoàng Thị Lan', 'Võ Quốc Huy'])
    await dialog(page).getByLabel(new RegExp(name)).check();
  await choose(page, 'Kết quả đánh giá', 'Hoàn thành');
  await dialog(page).getByLabel('Nguyên nhân khách quan').fill('Hạ tầng của tỉnh đáp ứng tốt.');
  await dialog(page).getByLabel('Nguyên nhân chủ quan').fill('Cán bộ xã tích cực tham gia.');
  await dialog(page).getByLabel('Kết luận').fill('Thí điểm thành công, đề nghị nhân rộng.');
  await checkPage(page, '15-evaluation-form', checked);
  await confirmAction(page, 'Ghi kết quả đánh giá');
  await expectState(page, 'Đã đánh giá');
  // The procedure is done; the head may still follow the initiative up (KL14 §2.5).
  assert.deepEqual(await actionButtons(page), [
    'Chọn làm mô hình nhân rộng',
    'Duyệt công bố công khai',
    'Đề xuất thể chế hoá',
  ]);

  // Every tab of the closed case, and the integrity check of its history.
  for (const [tab, name] of [
    ['Ý kiến và biểu quyết', '16-tab-opinions'],
    ['Triển khai', '17-tab-implementation'],
    ['Tệp đính kèm', '18-tab-attachments'],
    ['Thời hạn', '19-tab-deadlines'],
  ] as const) {
    await page.getByRole('tab', { name: tab }).click();
    await checkPage(page, name, checked);
  }
  await page.getByRole('tab', { name: 'Lịch sử' }).click();
  await page.getByRole('button', { name: 'Kiểm tra toàn vẹn' }).click();
  const verified = page.getByTestId('verify-result');
  await verified.waitFor();
  assert.match(await verified.innerText(), /Chuỗi sự kiện toàn vẹn/);
  await checkPage(page, '20-history-verified', checked);

  // The case list finds it without accents.
  await page.goto(`${j.app.baseUrl}/cases`);
  await page.getByLabel('Tìm theo tên hoặc mã hồ sơ').fill('so hoa ho so quyet toan');
  await page.getByRole('button', { name: 'Tìm kiếm' }).click();
  await page.getByTestId('case-list').getByRole('link', { name: PLAN_INPUT.title }).waitFor();
  await checkPage(page, '21-case-list-search', checked);
  assert.ok(checked.length >= 20);
});
