/** The sign-in identities of a person (single sign-on), for administrators: loaded with its dialog. */
export default {
  open: 'Tài khoản định danh',
  title: 'Tài khoản định danh của {{name}}',
  intro:
    'Tài khoản trên hệ thống định danh của tỉnh (đăng nhập một lần) được đăng nhập với tư cách cán bộ này. Khiên không tự tạo cán bộ từ tài khoản định danh.',
  none: 'Chưa liên kết tài khoản định danh nào.',
  subject: 'Mã tài khoản (sub)',
  subjectHelp: 'Mã định danh của tài khoản do hệ thống định danh cấp (trường "sub").',
  issuer: 'Hệ thống định danh',
  via: 'Liên kết bởi',
  via_administrator: 'Quản trị viên',
  via_claim: 'Thư điện tử đã xác minh',
  link: 'Liên kết',
  linked: 'Đã liên kết tài khoản định danh.',
  unlink: 'Gỡ liên kết',
  unlinked: 'Đã gỡ liên kết.',
};
