import type { Runtime } from '../bootstrap.ts';
import { roleName } from '../i18n/role-names.ts';
import { seedDemoCampaigns } from './demo-campaigns.ts';
import { seedDemoCases } from './demo-cases.ts';
import { seedDemoPlanTasks } from './demo-plan-tasks.ts';
import { DEMO_PASSWORD, DEMO_PEOPLE, DEMO_UNITS, seedDemoOrganisation } from './demo-organisation.ts';

/** Loads the demo organisation and its cases into an empty database; false when it holds data already. */
export async function seedDemoIfEmpty(runtime: Runtime): Promise<boolean> {
  const empty = !(await runtime.db.selectFrom('units').select('id').limit(1).executeTakeFirst());
  if (!empty) return false;
  const org = await seedDemoOrganisation(runtime.db);
  await seedDemoCases(runtime.app, org);
  await seedDemoCampaigns(runtime.app, org);
  await seedDemoPlanTasks(runtime.app, org);
  return true;
}

/** The demo accounts, printed where the demo data was loaded so that a new user can sign in. */
export function printDemoAccounts(mfaRequiredRoles: readonly string[] = []): void {
  console.log('\nKhiên: dữ liệu mẫu đã được tạo / demo data loaded.');
  console.log(`Mật khẩu chung / shared password: ${DEMO_PASSWORD}`);
  const unitCode = (key: string) => DEMO_UNITS.find((u) => u.key === key)?.code ?? key;
  for (const p of DEMO_PEOPLE) {
    console.log(
      `  ${p.username.padEnd(22)} ${p.name} — ${unitCode(p.unit)} (${p.grants.map((g) => roleName(g[0])).join('; ')})`,
    );
  }
  console.log(
    '  Đơn vị HCM-…: bộ quy trình HCM-124 / units HCM-…: the HCM-124 profile; các đơn vị khác / others: ND73',
  );
  if (mfaRequiredRoles.length) {
    // Whoever decides must enrol a second factor at the first sign-in: say so before they meet it.
    console.log(
      `Xác thực hai bước bắt buộc với / a second factor is required for: ${mfaRequiredRoles.map(roleName).join(', ')}.`,
    );
    console.log(
      '  Lần đăng nhập đầu sẽ yêu cầu đăng ký ứng dụng xác thực (TOTP); thử không cần: KHIEN_MFA_REQUIRED_ROLES= npm start',
    );
    console.log(
      '  At the first sign-in they enrol an authenticator app; to try without: KHIEN_MFA_REQUIRED_ROLES= npm start',
    );
  }
  console.log('');
}
