/**
 * Messages of the API's errors, Vietnamese first. Codes are stable and part of the API; the
 * text may improve. `{name}` is replaced from the error's parameters.
 */
import { DOCUMENT_ERROR_MESSAGES } from './document-messages.ts';
import { CAMPAIGN_ERROR_MESSAGES } from './campaign-messages.ts';
import { FIELD_MESSAGES } from './field-messages.ts';
import { OIDC_ERROR_MESSAGES } from './oidc-messages.ts';
import { PLAN_ERROR_MESSAGES } from './plan-messages.ts';
import { SECOND_FACTOR_ERROR_MESSAGES } from './second-factor-messages.ts';

export type Lang = 'vi' | 'en';
type Catalogue = Record<string, { vi: string; en: string }>;

export { FIELD_MESSAGES };

export const ERROR_MESSAGES: Catalogue = {
  validation_failed: { vi: 'Dữ liệu không hợp lệ.', en: 'The request is not valid.' },
  bad_request: { vi: 'Yêu cầu không hợp lệ.', en: 'Bad request.' },
  invalid_json: { vi: 'Nội dung gửi lên không phải JSON hợp lệ.', en: 'The request body is not valid JSON.' },
  unsupported_media_type: { vi: 'Kiểu nội dung không được hỗ trợ.', en: 'Unsupported content type.' },
  payload_too_large: { vi: 'Nội dung gửi lên quá lớn.', en: 'The request is too large.' },
  plan_incomplete: {
    vi: 'Kế hoạch đề xuất chưa đủ nội dung theo Điều 7 khoản 2.',
    en: 'The proposal plan lacks sections required by Art. 7(2).',
  },
  intake_conditions_not_met: {
    vi: 'Đề xuất chưa đáp ứng điều kiện tại Điều 5 khoản 1.',
    en: 'The proposal does not meet the conditions of Art. 5(1).',
  },
  invalid_vote: { vi: 'Kết quả biểu quyết không hợp lệ.', en: 'The vote record is not valid.' },
  ballot_already_cast: {
    vi: 'Đồng chí đã gửi phiếu biểu quyết cho đề xuất này.',
    en: 'You have already cast your ballot on this proposal.',
  },
  written_consultation_not_allowed: {
    vi: 'Bộ quy trình không cho phép lấy ý kiến bằng phiếu trên hệ thống.',
    en: 'The procedure profile does not allow a written consultation.',
  },
  not_a_voting_member: {
    vi: 'Đồng chí không thuộc tập thể biểu quyết đề xuất này.',
    en: 'You are not a voting member for this proposal.',
  },
  not_found: { vi: 'Không tìm thấy.', en: 'Not found.' },
  case_not_found: { vi: 'Không tìm thấy hồ sơ đề xuất.', en: 'Case not found.' },
  unit_not_found: { vi: 'Không tìm thấy đơn vị.', en: 'Unit not found.' },
  person_not_found: { vi: 'Không tìm thấy cán bộ.', en: 'Person not found.' },
  attachment_not_found: { vi: 'Không tìm thấy tệp đính kèm.', en: 'Attachment not found.' },
  attachment_not_open: {
    vi: 'Hồ sơ đang ở trạng thái {state}: không có bước nào của bạn đang mở để đính kèm tệp.',
    en: 'The case is {state}: none of your steps is open for attaching a file.',
  },
  token_scope: {
    vi: 'Mã API này không được phép thực hiện thao tác này ({action}).',
    en: 'This API token may not do this ({action}).',
  },
  token_needs_session: {
    vi: 'Chỉ tạo được mã API khi đăng nhập bằng mật khẩu, không bằng một mã API khác.',
    en: 'API tokens can only be created from a signed-in session, not with another token.',
  },
  checkpoint_not_found: { vi: 'Không tìm thấy điểm kiểm chứng.', en: 'Checkpoint not found.' },
  checkpoint_order: {
    vi: 'Điểm kiểm chứng đầu phải có trước điểm sau.',
    en: 'The first checkpoint must come before the second.',
  },
  profile_not_found: { vi: 'Không tìm thấy bộ quy trình.', en: 'Procedure profile not found.' },
  not_permitted: { vi: 'Bạn không có quyền thực hiện thao tác này.', en: 'You are not permitted to do this.' },
  unauthenticated: { vi: 'Vui lòng đăng nhập.', en: 'Please sign in.' },
  invalid_credentials: { vi: 'Tên đăng nhập hoặc mật khẩu không đúng.', en: 'Wrong username or password.' },
  too_many_attempts: {
    vi: 'Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau {retryAfterSeconds} giây.',
    en: 'Too many failed sign-ins. Try again in {retryAfterSeconds} seconds.',
  },
  csrf_invalid: {
    vi: 'Phiên làm việc không hợp lệ (CSRF). Vui lòng tải lại trang.',
    en: 'Invalid CSRF token. Please reload the page.',
  },
  action_not_allowed_in_state: {
    vi: 'Không thể thực hiện thao tác này ở trạng thái hiện tại của hồ sơ ({state}).',
    en: 'This action is not allowed in the case’s current state ({state}).',
  },
  if_match_required: {
    vi: 'Thiếu tiêu đề If-Match với phiên bản hồ sơ.',
    en: 'The If-Match header with the case version is required.',
  },
  stale_version: {
    vi: 'Hồ sơ đã được người khác thay đổi. Vui lòng tải lại.',
    en: 'Someone else has changed this case. Please reload.',
  },
  idempotency_key_reused: {
    vi: 'Khóa Idempotency-Key đã dùng cho một yêu cầu khác.',
    en: 'The Idempotency-Key was used for a different request.',
  },
  party_opinion_required: {
    vi: 'Cần có ý kiến của cấp ủy trước bước này.',
    en: 'The Party committee’s opinion is required first.',
  },
  party_opinion_already_requested: {
    vi: 'Đã xin ý kiến cấp ủy, đang chờ trả lời.',
    en: 'The Party committee’s opinion has already been requested.',
  },
  party_opinion_not_requested: {
    vi: 'Chưa có yêu cầu xin ý kiến cấp ủy.',
    en: 'No Party committee opinion has been requested.',
  },
  appraisal_required: {
    vi: 'Cần có đủ ý kiến thẩm định trước khi biểu quyết.',
    en: 'All appraisal opinions are required before the vote.',
  },
  appraisal_not_in_profile: {
    vi: 'Quy trình áp dụng không có bước thẩm định.',
    en: 'The procedure profile has no appraisal step.',
  },
  appraisal_already_recorded: { vi: 'Bạn đã ghi ý kiến thẩm định.', en: 'You have already recorded your appraisal.' },
  override_not_allowed: {
    vi: 'Quy trình áp dụng không cho phép người đứng đầu quyết định khác.',
    en: 'The procedure profile does not allow a head override.',
  },
  already_a_model: { vi: 'Sáng kiến đã được chọn làm mô hình.', en: 'The initiative is already a model.' },
  model_needs_completed_outcome: {
    vi: 'Chỉ sáng kiến được đánh giá hoàn thành mới được chọn làm mô hình nhân rộng.',
    en: 'Only an initiative evaluated as completed can be a model to replicate.',
  },
  already_published: { vi: 'Sáng kiến đang được công bố công khai.', en: 'The initiative is already published.' },
  not_published: { vi: 'Sáng kiến chưa được công bố.', en: 'The initiative is not published.' },
  institutionalisation_already_proposed: {
    vi: 'Đã có đề xuất thể chế hoá cho sáng kiến này.',
    en: 'Institutionalisation has already been proposed for this initiative.',
  },
  no_institutionalisation_pending: {
    vi: 'Chưa có đề xuất thể chế hoá đang chờ ban hành.',
    en: 'No institutionalisation proposal is awaiting its regulation.',
  },
  not_a_model: { vi: 'Hồ sơ này không phải mô hình nhân rộng.', en: 'This case is not a model to replicate.' },
  adjustment_pending: {
    vi: 'Đang có đề nghị điều chỉnh chờ quyết định.',
    en: 'An adjustment is already awaiting decision.',
  },
  no_adjustment_pending: {
    vi: 'Không có đề nghị điều chỉnh nào chờ quyết định.',
    en: 'No adjustment is awaiting decision.',
  },
  unit_has_no_head: { vi: 'Đơn vị nhận chưa có người đứng đầu.', en: 'The receiving unit has no head.' },
  no_superior_unit: {
    vi: 'Không có cơ quan cấp trên để chuyển đề xuất.',
    en: 'There is no superior unit to route the proposal to.',
  },
  no_deciding_body: { vi: 'Chưa xác định được tập thể quyết định.', en: 'No deciding body is set.' },
  proposer_not_covered: {
    vi: 'Chức vụ của người đề xuất không thuộc đối tượng áp dụng (Điều 2).',
    en: 'The proposer’s position is not covered (Art. 2).',
  },
  attachment_type_not_allowed: { vi: 'Loại tệp không được chấp nhận.', en: 'This file type is not accepted.' },
  attachment_too_large: {
    vi: 'Tệp vượt quá dung lượng cho phép ({max} byte).',
    en: 'The file is larger than allowed ({max} bytes).',
  },
  attachment_missing: { vi: 'Chưa chọn tệp.', en: 'No file was sent.' },
  internal_error: { vi: 'Lỗi hệ thống. Vui lòng thử lại.', en: 'Internal error. Please try again.' },
  duplicate: { vi: 'Đã tồn tại.', en: 'Already exists.' },
  conflict: { vi: 'Xung đột dữ liệu.', en: 'Conflict.' },
  request_in_progress: { vi: 'Yêu cầu với cùng khóa đang được xử lý.', en: 'A request with this key is in progress.' },
  // Protection (Art. 11), rewards (Art. 10) and officials' records.
  protection_case_not_found: { vi: 'Không tìm thấy hồ sơ bảo vệ.', en: 'Protection case not found.' },
  determination_not_found: {
    vi: 'Không tìm thấy nội dung xem xét bảo vệ của cán bộ này.',
    en: 'Determination not found.',
  },
  protection_requires_evaluation: {
    vi: 'Chỉ xem xét bảo vệ sau khi đề xuất đã được đánh giá kết quả.',
    en: 'Protection is considered only after the proposal has been evaluated.',
  },
  protection_case_already_open: {
    vi: 'Đề xuất đang có hồ sơ bảo vệ chưa kết thúc.',
    en: 'The proposal already has an open protection case.',
  },
  rule_set_not_found: {
    vi: 'Không tìm thấy bộ quy tắc bảo vệ {ruleSetId} phiên bản {ruleSetVersion}.',
    en: 'Protection rule set {ruleSetId} version {ruleSetVersion} not found.',
  },
  rule_set_altered: {
    vi: 'Bộ quy tắc bảo vệ đã bị thay đổi so với khi mở hồ sơ.',
    en: 'The protection rule set differs from the one fixed when the case opened.',
  },
  rule_set_invalid: { vi: 'Bộ quy tắc bảo vệ không hợp lệ.', en: 'The protection rule set is not valid.' },
  rule_set_incomplete: {
    vi: 'Bộ quy tắc bảo vệ không có quy tắc cho tình huống này.',
    en: 'The protection rule set has no rule for this situation.',
  },
  protection_facts_invalid: { vi: 'Tình tiết ghi nhận chưa hợp lệ.', en: 'The recorded facts are not valid.' },
  facts_not_recorded: {
    vi: 'Chưa ghi nhận tình tiết của cán bộ này.',
    en: 'No facts have been recorded for this person.',
  },
  own_determination: {
    vi: 'Không được tham gia xem xét bảo vệ đối với chính mình.',
    en: 'You may not act on your own determination.',
  },
  determination_action_not_allowed: {
    vi: 'Không thể thực hiện thao tác này ở tình trạng hiện tại ({status}).',
    en: 'This action is not allowed in the current status ({status}).',
  },
  departure_reasons_required: {
    vi: 'Quyết định khác với khuyến nghị phải nêu rõ lý do bằng văn bản (tối thiểu {minLength} ký tự).',
    en: 'Departing from the recommendation needs written reasons (at least {minLength} characters).',
  },
  decision_not_protective: {
    vi: 'Quyết định không bảo vệ nên không có gì để hủy bỏ.',
    en: 'The decision did not protect, so there is nothing to revoke.',
  },
  binding_protection_row: {
    vi: 'Theo {article} Nghị định 73, quyết định không được bảo vệ ít hơn mức "{minimum}"; nếu tình tiết đã khác, hãy ghi nhận lại tình tiết trước.',
    en: 'Under {article} of Decree 73 the decision may not protect less than "{minimum}"; if the facts have changed, record them again first.',
  },
  weighed_grounds_reasons_required: {
    vi: 'Cần nêu lý do bằng văn bản (tối thiểu {minLength} ký tự) về các vấn đề phải cân nhắc: {matters}.',
    en: 'Give written reasons (at least {minLength} characters) addressing the matters to weigh: {matters}.',
  },
  revocation_refused: {
    vi: 'Không đủ căn cứ hủy bỏ quyết định bảo vệ.',
    en: 'There are no grounds to revoke the protection.',
  },
  reward_requires_evaluation: {
    vi: 'Chỉ đề nghị khen thưởng sau khi đề xuất đã được đánh giá.',
    en: 'Rewards are proposed only after the proposal has been evaluated.',
  },
  reward_proposal_incomplete: {
    vi: 'Đề nghị khen thưởng còn thiếu hoặc sai thông tin: xem các trường được đánh dấu.',
    en: 'The reward proposal is incomplete or has invalid values: see the marked fields.',
  },
  reward_not_eligible: {
    vi: 'Không đủ điều kiện cho hình thức khen thưởng này.',
    en: 'Not eligible for this form of reward.',
  },
  reward_already_proposed: {
    vi: 'Đã có đề nghị hình thức này cho người (đơn vị) này.',
    en: 'This form has already been proposed for this beneficiary.',
  },
  reward_action_not_allowed: {
    vi: 'Không thể thực hiện thao tác này ở tình trạng hiện tại của đề nghị ({status}).',
    en: 'This action is not allowed in the proposal’s current status ({status}).',
  },
  reward_proposal_not_found: { vi: 'Không tìm thấy đề nghị khen thưởng.', en: 'Reward proposal not found.' },
  invalid_year_decision: {
    vi: 'Quyết định ngày nghỉ của năm không hợp lệ.',
    en: 'The year decision on days off is not valid.',
  },
  calendar_year_not_found: {
    vi: 'Chưa có quyết định ngày nghỉ của năm {year}.',
    en: 'No decision on days off is stored for {year}.',
  },
  job_not_found: { vi: 'Không tìm thấy tác vụ.', en: 'Job not found.' },
  job_not_failed: {
    vi: 'Chỉ chạy lại được tác vụ bị lỗi (trạng thái hiện tại: {status}).',
    en: 'Only a failed job can be retried (it is {status}).',
  },
  notification_not_found: { vi: 'Không tìm thấy thông báo.', en: 'Notification not found.' },
  ...DOCUMENT_ERROR_MESSAGES,
  password_change_required: {
    vi: 'Mật khẩu do quản trị viên đặt: vui lòng đổi mật khẩu trước khi tiếp tục.',
    en: 'Your password was set by an administrator: please change it before going on.',
  },
  ...CAMPAIGN_ERROR_MESSAGES,
  ...OIDC_ERROR_MESSAGES,
  ...PLAN_ERROR_MESSAGES,
  ...SECOND_FACTOR_ERROR_MESSAGES,
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
