import type { Locator, Page } from 'playwright-core';
import { PLAN_INPUT as P } from './plan-fixture.ts';

export const textbox = (page: Page, name: string) => page.getByRole('textbox', { name, exact: true });

/** Opens a section of the plan form from its navigation (labels as in the Vietnamese catalogue). */
export async function openSection(page: Page, title: RegExp): Promise<void> {
  await page
    .getByRole('navigation', { name: /Các phần của kế hoạch|Plan sections/ })
    .getByRole('button', { name: title })
    .click();
}

/** A field's label, with or without the asterisk of a required field. */
export const labelled = (label: string): RegExp =>
  new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\*)?$`);

export async function typeDate(page: Page, label: string | RegExp, value: string): Promise<void> {
  const input = page.getByLabel(typeof label === 'string' ? labelled(label) : label);
  await input.fill(value);
  await input.press('Tab');
}

export async function choose(
  page: Page,
  label: string | RegExp,
  option: string | RegExp,
  within?: Locator,
): Promise<void> {
  await (within ?? page).getByRole('combobox', { name: label, exact: typeof label === 'string' }).click();
  await page.getByRole('option', { name: option }).first().click();
}

/** Fills every section of the Art. 7(2) plan with the fixture's values. */
export async function fillWholePlan(page: Page): Promise<void> {
  await openSection(page, /^1\./);
  await textbox(page, 'Tên đề xuất').fill(P.title);
  await choose(page, 'Lĩnh vực', P.domainLabel);
  await textbox(page, 'Tóm tắt').fill(P.summary);
  await openSection(page, /^2\./);
  await textbox(page, 'Mục đích, sự cần thiết').fill(P.purpose);
  await textbox(page, 'Điểm nghẽn, vướng mắc cần tháo gỡ').fill(P.bottleneck);
  await page.getByLabel('Chưa được pháp luật quy định').check();
  await openSection(page, /^3\./);
  await textbox(page, 'Căn cứ pháp lý').fill(P.basis);
  await textbox(page, 'Lý giải thẩm quyền của cơ quan').fill(P.authorityRationale);
  await openSection(page, /^4\./);
  await textbox(page, 'Nội dung, nhiệm vụ').fill(P.tasks);
  await textbox(page, 'Giải pháp thực hiện').fill(P.solutions);
  await openSection(page, /^5\./);
  await page.getByRole('button', { name: 'Thêm phương án' }).click();
  await page.getByRole('button', { name: 'Thêm phương án' }).click();
  await textbox(page, 'Phương án').nth(0).fill(P.option1);
  await textbox(page, 'Đánh giá').nth(0).fill(P.assessment1);
  await textbox(page, 'Phương án').nth(1).fill(P.option2);
  await textbox(page, 'Đánh giá').nth(1).fill(P.assessment2);
  await page.getByLabel('Phương án được chọn').nth(0).uncheck();
  await page.getByLabel('Phương án được chọn').nth(1).check();
  await openSection(page, /^6\./);
  await textbox(page, 'Phạm vi áp dụng').fill(P.scope);
  await textbox(page, 'Mục tiêu, chỉ tiêu').fill(P.targets);
  await openSection(page, /^7\./);
  await typeDate(page, 'Ngày bắt đầu', P.startOn);
  await typeDate(page, 'Ngày kết thúc', P.endOn);
  await page.getByRole('button', { name: 'Thêm mốc tiến độ' }).click();
  await textbox(page, 'Mốc tiến độ').fill(P.milestone);
  await typeDate(page, 'Hạn hoàn thành', P.milestoneDue);
  await openSection(page, /^8\./);
  await textbox(page, 'Kinh phí (đồng)').fill(P.budget);
  await textbox(page, 'Nhân lực').fill(P.people);
  await openSection(page, /^9\./);
  await textbox(page, 'Tính khả thi').fill(P.feasibility);
  await textbox(page, 'Tác động tích cực').fill(P.positive);
  await textbox(page, 'Tác động tiêu cực, bất lợi').fill(P.negative);
  await openSection(page, /^10\./);
  await textbox(page, 'Kết quả, sản phẩm dự kiến').fill(P.expectedResults);
  await openSection(page, /^11\./);
  await page.getByRole('button', { name: 'Thêm rủi ro' }).click();
  await textbox(page, 'Mô tả rủi ro').fill(P.risk);
  await textbox(page, 'Biện pháp phòng ngừa, xử lý').fill(P.mitigation);
  await textbox(page, 'Người/đơn vị chịu trách nhiệm').fill(P.owner);
}
