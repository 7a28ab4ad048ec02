/**
 * Messages of the API's errors, Vietnamese first. Codes are stable and part of the API; the
 * text may improve. `{name}` is replaced from the error's parameters.
 */
export type Lang = 'vi' | 'en';
type Catalogue = Record<string, { vi: string; en: string }>;

export const ERROR_MESSAGES: Catalogue = {
  validation_failed: { vi: 'Dữ liệu không hợp lệ.', en: 'The request is not valid.' },
  bad_request: { vi: 'Yêu cầu không hợp lệ.', en: 'Bad request.' },
  invalid_json: { vi: 'Nội dung gửi lên không phải JSON hợp lệ.', en: 'The request body is not valid JSON.' },
  unsupported_media_type: { vi: 'Kiểu nội dung không được hỗ trợ.', en: 'Unsupported content type.' },
  payload_too_large: { vi: 'Nội dung gửi lên quá lớn.', en: 'The request is too large.' },
  plan_incomplete: { vi: 'Kế hoạch đề xuất chưa đủ nội dung theo Điều 7 khoản 2.', en: 'The proposal plan lacks sections required by Art. 7(2).' },
  intake_conditions_not_met: { vi: 'Đề xuất chưa đáp ứng điều kiện tại Điều 5 khoản 1.', en: 'The proposal does not meet the conditions of Art. 5(1).' },
  invalid_vote: { vi: 'Kết quả biểu quyết không hợp lệ.', en: 'The vote record is not valid.' },
  not_found: { vi: 'Không tìm thấy.', en: 'Not found.' },
  case_not_found: { vi: 'Không tìm thấy hồ sơ đề xuất.', en: 'Case not found.' },
  unit_not_found: { vi: 'Không tìm thấy đơn vị.', en: 'Unit not found.' },
  person_not_found: { vi: 'Không tìm thấy cán bộ.', en: 'Person not found.' },
  attachment_not_found: { vi: 'Không tìm thấy tệp đính kèm.', en: 'Attachment not found.' },
  profile_not_found: { vi: 'Không tìm thấy bộ quy trình.', en: 'Procedure profile not found.' },
  not_permitted: { vi: 'Bạn không có quyền thực hiện thao tác này.', en: 'You are not permitted to do this.' },
  unauthenticated: { vi: 'Vui lòng đăng nhập.', en: 'Please sign in.' },
  invalid_credentials: { vi: 'Tên đăng nhập hoặc mật khẩu không đúng.', en: 'Wrong username or password.' },
  too_many_attempts: { vi: 'Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau {retryAfterSeconds} giây.', en: 'Too many failed sign-ins. Try again in {retryAfterSeconds} seconds.' },
  csrf_invalid: { vi: 'Phiên làm việc không hợp lệ (CSRF). Vui lòng tải lại trang.', en: 'Invalid CSRF token. Please reload the page.' },
  action_not_allowed_in_state: { vi: 'Không thể thực hiện thao tác này ở trạng thái hiện tại của hồ sơ ({state}).', en: 'This action is not allowed in the case’s current state ({state}).' },
  if_match_required: { vi: 'Thiếu tiêu đề If-Match với phiên bản hồ sơ.', en: 'The If-Match header with the case version is required.' },
  stale_version: { vi: 'Hồ sơ đã được người khác thay đổi. Vui lòng tải lại.', en: 'Someone else has changed this case. Please reload.' },
  idempotency_key_reused: { vi: 'Khóa Idempotency-Key đã dùng cho một yêu cầu khác.', en: 'The Idempotency-Key was used for a different request.' },
  party_opinion_required: { vi: 'Cần có ý kiến của cấp ủy trước bước này.', en: 'The Party committee’s opinion is required first.' },
  party_opinion_already_requested: { vi: 'Đã xin ý kiến cấp ủy, đang chờ trả lời.', en: 'The Party committee’s opinion has already been requested.' },
  party_opinion_not_requested: { vi: 'Chưa có yêu cầu xin ý kiến cấp ủy.', en: 'No Party committee opinion has been requested.' },
  appraisal_required: { vi: 'Cần có đủ ý kiến thẩm định trước khi biểu quyết.', en: 'All appraisal opinions are required before the vote.' },
  appraisal_not_in_profile: { vi: 'Quy trình áp dụng không có bước thẩm định.', en: 'The procedure profile has no appraisal step.' },
  appraisal_already_recorded: { vi: 'Bạn đã ghi ý kiến thẩm định.', en: 'You have already recorded your appraisal.' },
  override_not_allowed: { vi: 'Quy trình áp dụng không cho phép người đứng đầu quyết định khác.', en: 'The procedure profile does not allow a head override.' },
  adjustment_pending: { vi: 'Đang có đề nghị điều chỉnh chờ quyết định.', en: 'An adjustment is already awaiting decision.' },
  no_adjustment_pending: { vi: 'Không có đề nghị điều chỉnh nào chờ quyết định.', en: 'No adjustment is awaiting decision.' },
  unit_has_no_head: { vi: 'Đơn vị nhận chưa có người đứng đầu.', en: 'The receiving unit has no head.' },
  no_superior_unit: { vi: 'Không có cơ quan cấp trên để chuyển đề xuất.', en: 'There is no superior unit to route the proposal to.' },
  no_deciding_body: { vi: 'Chưa xác định được tập thể quyết định.', en: 'No deciding body is set.' },
  proposer_not_covered: { vi: 'Chức vụ của người đề xuất không thuộc đối tượng áp dụng (Điều 2).', en: 'The proposer’s position is not covered (Art. 2).' },
  attachment_type_not_allowed: { vi: 'Loại tệp không được chấp nhận.', en: 'This file type is not accepted.' },
  attachment_too_large: { vi: 'Tệp vượt quá dung lượng cho phép ({max} byte).', en: 'The file is larger than allowed ({max} bytes).' },
  attachment_missing: { vi: 'Chưa chọn tệp.', en: 'No file was sent.' },
  internal_error: { vi: 'Lỗi hệ thống. Vui lòng thử lại.', en: 'Internal error. Please try again.' },
  duplicate: { vi: 'Đã tồn tại.', en: 'Already exists.' },
  conflict: { vi: 'Xung đột dữ liệu.', en: 'Conflict.' },
  request_in_progress: { vi: 'Yêu cầu với cùng khóa đang được xử lý.', en: 'A request with this key is in progress.' },
};

export const FIELD_MESSAGES: Catalogue = {
  required: { vi: 'Bắt buộc nhập.', en: 'Required.' },
  required_for_submission: { vi: 'Cần nhập trước khi gửi đề xuất.', en: 'Required before submission.' },
  too_long: { vi: 'Quá dài (tối đa {max} ký tự).', en: 'Too long (at most {max} characters).' },
  too_short: { vi: 'Quá ngắn (tối thiểu {min} ký tự).', en: 'Too short (at least {min} characters).' },
  invalid_type: { vi: 'Sai kiểu dữ liệu.', en: 'Wrong type.' },
  invalid_value: { vi: 'Giá trị không hợp lệ.', en: 'Invalid value.' },
  invalid_format: { vi: 'Sai định dạng.', en: 'Wrong format.' },
  invalid_date: { vi: 'Ngày không hợp lệ (YYYY-MM-DD).', en: 'Invalid date (YYYY-MM-DD).' },
  unknown_field: { vi: 'Trường không được phép.', en: 'Unknown field.' },
  out_of_range: { vi: 'Ngoài khoảng cho phép.', en: 'Out of range.' },
  too_many: { vi: 'Quá nhiều mục (tối đa {max}).', en: 'Too many items (at most {max}).' },
  too_few: { vi: 'Cần ít nhất {min} mục.', en: 'At least {min} items are required.' },
  duplicate: { vi: 'Bị trùng.', en: 'Duplicate.' },
  in_future: { vi: 'Không được là ngày trong tương lai.', en: 'Must not be in the future.' },
  too_early: { vi: 'Không được trước ngày {min}.', en: 'Must not be before {min}.' },
  before_start: { vi: 'Ngày kết thúc trước ngày bắt đầu.', en: 'Ends before it starts.' },
  outside_timeline: { vi: 'Nằm ngoài thời gian thực hiện.', en: 'Outside the implementation period.' },
  no_option_chosen: { vi: 'Chọn một phương án.', en: 'Choose one option.' },
  unknown_domain: { vi: 'Lĩnh vực không có trong danh mục.', en: 'Unknown domain.' },
  unknown_profile: { vi: 'Không có bộ quy trình này.', en: 'Unknown procedure profile.' },
  unknown_person: { vi: 'Không tìm thấy cán bộ.', en: 'Unknown person.' },
  unknown_unit: { vi: 'Không tìm thấy đơn vị.', en: 'Unknown unit.' },
  unknown_attachment: { vi: 'Tệp đính kèm không thuộc hồ sơ này.', en: 'The attachment does not belong to this case.' },
  is_proposer: { vi: 'Là người đề xuất.', en: 'Is a proposer.' },
  not_an_appraiser: { vi: 'Không có vai trò thẩm định.', en: 'Not an appraiser.' },
  not_an_inspector: { vi: 'Không có vai trò kiểm tra.', en: 'Not an inspector.' },
  already_assigned: { vi: 'Đã được phân công.', en: 'Already assigned.' },
  not_a_member: { vi: 'Không phải thành viên tập thể lãnh đạo.', en: 'Not a member of the leadership collective.' },
  voter_excluded: { vi: 'Cấp phó là người đề xuất không được tham gia biểu quyết.', en: 'A deputy who is a proposer may not vote.' },
  voter_absent: { vi: 'Người biểu quyết không có mặt trong cuộc họp.', en: 'The voter did not attend.' },
  duplicate_vote: { vi: 'Một người chỉ biểu quyết một lần.', en: 'One vote per person.' },
  head_must_chair: { vi: 'Người đứng đầu phải chủ trì cuộc họp.', en: 'The head must chair the meeting.' },
  no_quorum: { vi: 'Không đủ số thành viên dự họp.', en: 'No quorum.' },
  condition_not_met: { vi: 'Chưa đáp ứng điều kiện.', en: 'Condition not met.' },
  forward_instead: { vi: 'Vượt thẩm quyền: chuyển cấp trên có thẩm quyền.', en: 'Beyond authority: forward to the competent superior.' },
  not_a_superior_unit: { vi: 'Không phải cơ quan cấp trên của đơn vị nhận.', en: 'Not a superior of the receiving unit.' },
  required_for_other: { vi: 'Cần ghi rõ lý do khác.', en: 'Explain the other reason.' },
  one_resource_required: { vi: 'Nhập ít nhất một nguồn lực.', en: 'Enter at least one resource.' },
  no_damage_declared: { vi: 'Chỉ ghi giá trị thiệt hại khi có thiệt hại.', en: 'Only give a damage estimate when damage occurred.' },
  not_covered: { vi: 'Chức vụ không thuộc đối tượng áp dụng.', en: 'Position not covered.' },
  wrong_password: { vi: 'Mật khẩu hiện tại không đúng.', en: 'Current password is wrong.' },
  taken: { vi: 'Đã được sử dụng.', en: 'Already taken.' },
  unit_already_has_head: { vi: 'Đơn vị đã có người đứng đầu.', en: 'The unit already has a head.' },
  cycle: { vi: 'Tạo thành vòng lặp trong cây đơn vị.', en: 'Would create a cycle in the unit tree.' },
};

function fill(template: string, params: Record<string, unknown> = {}): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (params[k] === undefined ? m : String(params[k])));
}

export function errorMessage(code: string, lang: Lang, params?: Record<string, unknown>): string {
  const entry = ERROR_MESSAGES[code] ?? FIELD_MESSAGES[code];
  return fill(entry ? entry[lang] : ERROR_MESSAGES.validation_failed![lang], params);
}

export function fieldMessage(code: string, lang: Lang, params?: Record<string, unknown>): string {
  const entry = FIELD_MESSAGES[code] ?? ERROR_MESSAGES[code];
  return fill(entry ? entry[lang] : FIELD_MESSAGES.invalid_value![lang], params);
}

/** English when the client asks for it first; Vietnamese otherwise. */
export function pickLang(acceptLanguage: string | undefined): Lang {
  if (!acceptLanguage) return 'vi';
  const first = acceptLanguage.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'vi';
}
