/** Messages of single sign-on (OpenID Connect) and identity links, Vietnamese first. */
export const OIDC_ERROR_MESSAGES: Record<string, { vi: string; en: string }> = {
  oidc_disabled: {
    vi: 'Đăng nhập một lần (SSO) chưa được cấu hình.',
    en: 'Single sign-on is not configured.',
  },
  oidc_provider_unavailable: {
    vi: 'Không kết nối được với nhà cung cấp định danh. Vui lòng thử lại sau.',
    en: 'The identity provider cannot be reached. Please try again later.',
  },
  oidc_response_refused: {
    vi: 'Phản hồi đăng nhập từ nhà cung cấp định danh không hợp lệ hoặc đã hết hạn. Vui lòng đăng nhập lại.',
    en: 'The identity provider’s sign-in response is not valid or has expired. Please sign in again.',
  },
  oidc_no_person_linked: {
    vi: 'Tài khoản định danh này chưa được liên kết với cán bộ nào trong Khiên. Đề nghị liên hệ quản trị viên để liên kết.',
    en: 'This identity is not linked to any person in Khiên. Ask an administrator to link it.',
  },
  oidc_person_inactive: {
    vi: 'Tài khoản của đồng chí đã bị vô hiệu hóa.',
    en: 'Your account has been deactivated.',
  },
  oidc_identity_taken: {
    vi: 'Tài khoản định danh này đã được liên kết với một cán bộ khác.',
    en: 'This identity is already linked to another person.',
  },
  identity_not_found: { vi: 'Không tìm thấy liên kết định danh.', en: 'Identity link not found.' },
};
