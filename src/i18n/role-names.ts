import type { Role } from '../contract/roles.ts';

/** Names of the roles for people reading server output (the start-up list of demo accounts); the web app has its own catalogue. */
export const ROLE_NAMES: Record<Role, { vi: string; en: string }> = {
  proposer: { vi: 'Người đề xuất', en: 'Proposer' },
  head: { vi: 'Người đứng đầu', en: 'Head' },
  deputy: { vi: 'Cấp phó', en: 'Deputy' },
  party_liaison: { vi: 'Cán bộ cấp ủy', en: 'Party liaison' },
  appraiser: { vi: 'Thẩm định viên', en: 'Appraiser' },
  implementer: { vi: 'Người thực hiện', en: 'Implementer' },
  inspector: { vi: 'Kiểm tra, giám sát', en: 'Inspector' },
  org_officer: { vi: 'Cán bộ tổ chức', en: 'Organisation officer' },
  administrator: { vi: 'Quản trị hệ thống', en: 'Administrator' },
};

export const roleName = (role: string): string => {
  const name = ROLE_NAMES[role as Role];
  return name ? `${name.vi} / ${name.en}` : role;
};
