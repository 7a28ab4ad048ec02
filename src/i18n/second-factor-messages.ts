/** Messages of the second factor (TOTP, recovery codes, step-up), Vietnamese first. */
export const SECOND_FACTOR_ERROR_MESSAGES: Record<string, { vi: string; en: string }> = {
  second_factor_pending: {
    vi: 'Vui lòng nhập mã xác thực hai bước để hoàn tất đăng nhập.',
    en: 'Enter your second-factor code to finish signing in.',
  },
  second_factor_enrolment_required: {
    vi: 'Vai trò của đồng chí bắt buộc xác thực hai bước: vui lòng đăng ký trước khi tiếp tục.',
    en: 'Your role requires a second factor: please set one up before going on.',
  },
  second_factor_required: {
    vi: 'Thao tác quyết định cần xác thực hai bước trong {minutes} phút gần nhất: vui lòng nhập mã.',
    en: 'A deciding action needs a second factor given within the last {minutes} minutes: enter your code.',
  },
  second_factor_not_enrolled: {
    vi: 'Tài khoản chưa đăng ký xác thực hai bước.',
    en: 'This account has no second factor set up.',
  },
  second_factor_already_enrolled: {
    vi: 'Tài khoản đã đăng ký xác thực hai bước.',
    en: 'This account already has a second factor.',
  },
  second_factor_enrolment_not_started: {
    vi: 'Chưa bắt đầu đăng ký xác thực hai bước.',
    en: 'No second-factor set-up has been started.',
  },
  second_factor_required_by_role: {
    vi: 'Vai trò của đồng chí bắt buộc xác thực hai bước: không thể tắt.',
    en: 'Your role requires a second factor: it cannot be turned off.',
  },
  too_many_second_factor_attempts: {
    vi: 'Nhập sai mã quá nhiều lần. Vui lòng thử lại sau {retryAfterSeconds} giây.',
    en: 'Too many wrong codes. Try again in {retryAfterSeconds} seconds.',
  },
};

export const SECOND_FACTOR_FIELD_MESSAGES: Record<string, { vi: string; en: string }> = {
  wrong_second_factor_code: {
    vi: 'Mã xác thực không đúng, đã dùng hoặc đã hết hạn.',
    en: 'The code is wrong, already used or expired.',
  },
  wrong_recovery_code: {
    vi: 'Mã khôi phục không đúng hoặc đã dùng.',
    en: 'The recovery code is wrong or already used.',
  },
  code_or_recovery_code: {
    vi: 'Nhập một mã xác thực hoặc một mã khôi phục.',
    en: 'Give either a code from the app or a recovery code.',
  },
};
