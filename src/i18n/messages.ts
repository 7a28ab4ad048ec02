/**
 * Messages of the API's errors, Vietnamese first. Codes are stable and part of the API; the
 * text may improve. `{name}` is replaced from the error's parameters.
 */
import { DOCUMENT_ERROR_MESSAGES, DOCUMENT_FIELD_MESSAGES } from './document-messages.ts';

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
  // Protection (Art. 11), rewards (Art. 10) and officials' records.
  protection_case_not_found: { vi: 'Không tìm thấy hồ sơ bảo vệ.', en: 'Protection case not found.' },
  determination_not_found: { vi: 'Không tìm thấy nội dung xem xét bảo vệ của cán bộ này.', en: 'Determination not found.' },
  protection_requires_evaluation: { vi: 'Chỉ xem xét bảo vệ sau khi đề xuất đã được đánh giá kết quả.', en: 'Protection is considered only after the proposal has been evaluated.' },
  protection_case_already_open: { vi: 'Đề xuất đang có hồ sơ bảo vệ chưa kết thúc.', en: 'The proposal already has an open protection case.' },
  rule_set_not_found: { vi: 'Không tìm thấy bộ quy tắc bảo vệ {ruleSetId} phiên bản {ruleSetVersion}.', en: 'Protection rule set {ruleSetId} version {ruleSetVersion} not found.' },
  rule_set_altered: { vi: 'Bộ quy tắc bảo vệ đã bị thay đổi so với khi mở hồ sơ.', en: 'The protection rule set differs from the one fixed when the case opened.' },
  rule_set_invalid: { vi: 'Bộ quy tắc bảo vệ không hợp lệ.', en: 'The protection rule set is not valid.' },
  rule_set_incomplete: { vi: 'Bộ quy tắc bảo vệ không có quy tắc cho tình huống này.', en: 'The protection rule set has no rule for this situation.' },
  protection_facts_invalid: { vi: 'Tình tiết ghi nhận chưa hợp lệ.', en: 'The recorded facts are not valid.' },
  facts_not_recorded: { vi: 'Chưa ghi nhận tình tiết của cán bộ này.', en: 'No facts have been recorded for this person.' },
  own_determination: { vi: 'Không được tham gia xem xét bảo vệ đối với chính mình.', en: 'You may not act on your own determination.' },
  determination_action_not_allowed: { vi: 'Không thể thực hiện thao tác này ở tình trạng hiện tại ({status}).', en: 'This action is not allowed in the current status ({status}).' },
  departure_reasons_required: { vi: 'Quyết định khác với khuyến nghị phải nêu rõ lý do bằng văn bản (tối thiểu {minLength} ký tự).', en: 'Departing from the recommendation needs written reasons (at least {minLength} characters).' },
  decision_not_protective: { vi: 'Quyết định không bảo vệ nên không có gì để hủy bỏ.', en: 'The decision did not protect, so there is nothing to revoke.' },
  revocation_refused: { vi: 'Không đủ căn cứ hủy bỏ quyết định bảo vệ.', en: 'There are no grounds to revoke the protection.' },
  reward_requires_evaluation: { vi: 'Chỉ đề nghị khen thưởng sau khi đề xuất đã được đánh giá.', en: 'Rewards are proposed only after the proposal has been evaluated.' },
  reward_not_eligible: { vi: 'Không đủ điều kiện cho hình thức khen thưởng này.', en: 'Not eligible for this form of reward.' },
  reward_already_proposed: { vi: 'Đã có đề nghị hình thức này cho người (đơn vị) này.', en: 'This form has already been proposed for this beneficiary.' },
  reward_action_not_allowed: { vi: 'Không thể thực hiện thao tác này ở tình trạng hiện tại của đề nghị ({status}).', en: 'This action is not allowed in the proposal’s current status ({status}).' },
  reward_proposal_not_found: { vi: 'Không tìm thấy đề nghị khen thưởng.', en: 'Reward proposal not found.' },
  invalid_year_decision: { vi: 'Quyết định ngày nghỉ của năm không hợp lệ.', en: 'The year decision on days off is not valid.' },
  calendar_year_not_found: { vi: 'Chưa có quyết định ngày nghỉ của năm {year}.', en: 'No decision on days off is stored for {year}.' },
  job_not_found: { vi: 'Không tìm thấy tác vụ.', en: 'Job not found.' },
  job_not_failed: { vi: 'Chỉ chạy lại được tác vụ bị lỗi (trạng thái hiện tại: {status}).', en: 'Only a failed job can be retried (it is {status}).' },
  notification_not_found: { vi: 'Không tìm thấy thông báo.', en: 'Notification not found.' },
  ...DOCUMENT_ERROR_MESSAGES,
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
  unknown_rule_set: { vi: 'Không có bộ quy tắc bảo vệ này.', en: 'Unknown protection rule set.' },
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
  // Protection, rewards and rule sets.
  evidence_required: { vi: 'Cần nêu chứng cứ cho căn cứ loại trừ đã xác định.', en: 'Give the evidence for the exclusion ground found.' },
  contradicts_finding: { vi: 'Mâu thuẫn với căn cứ đã xác định.', en: 'Contradicts a finding.' },
  estimate_without_damage: { vi: 'Chỉ ghi giá trị thiệt hại khi có thiệt hại.', en: 'Only give a damage estimate when damage was caused.' },
  causes_required: { vi: 'Cần xác định nguyên nhân khách quan, chủ quan (Điều 11 khoản 4).', en: 'Name the objective and subjective causes (Art. 11(4)).' },
  not_in_approved_plan: { vi: 'Rủi ro không có trong kế hoạch đã được phê duyệt.', en: 'Not a risk of the approved plan.' },
  departure_reasons_required: { vi: 'Cần nêu lý do khi quyết định khác khuyến nghị (tối thiểu {minLength} ký tự).', en: 'Give reasons for departing from the recommendation (at least {minLength} characters).' },
  excluded_person_not_protectable: { vi: 'Đã xác định căn cứ loại trừ nên không thể quyết định bảo vệ (Điều 6 khoản 1).', en: 'An exclusion ground was found: protection cannot be decided (Art. 6(1)).' },
  no_good_faith_not_protectable: { vi: 'Không đúng chủ trương, động cơ trong sáng, vì lợi ích chung nên không thể quyết định bảo vệ (Điều 5 khoản 2).', en: 'Without good faith, protection cannot be decided (Art. 5(2)(b)).' },
  decision_not_protective: { vi: 'Quyết định không bảo vệ.', en: 'The decision did not protect.' },
  finding_required: { vi: 'Cần có kết luận làm căn cứ.', en: 'A finding is required.' },
  ground_not_revocable: { vi: 'Chỉ hủy bỏ khi có kết luận về vụ lợi, lợi ích nhóm, tham nhũng hoặc trục lợi.', en: 'Only self or group interest, corruption or profiteering can ground a revocation.' },
  finding_reference_required: { vi: 'Cần ghi số, ngày của kết luận.', en: 'Give the finding’s number and date.' },
  unknown_result: { vi: 'Kết quả không hợp lệ.', en: 'Unknown result.' },
  unknown_form: { vi: 'Hình thức khen thưởng không có trong danh mục.', en: 'Unknown form of reward.' },
  local_option_not_enabled: { vi: 'Hình thức của địa phương chưa được bật cho quy trình này.', en: 'This local form is not enabled for this profile.' },
  beneficiary_not_eligible: { vi: 'Đối tượng này không được áp dụng hình thức đã chọn.', en: 'This beneficiary is not eligible for the form.' },
  art5_clause1_not_met: { vi: 'Đề xuất chưa được xác định đáp ứng Điều 5 khoản 1.', en: 'The proposal was not found to meet Art. 5(1).' },
  requires_completed: { vi: 'Hình thức này chỉ áp dụng khi đề xuất được đánh giá hoàn thành.', en: 'This form needs the proposal assessed as completed.' },
  excluded_by_finding: { vi: 'Đã xác định căn cứ loại trừ đối với người này.', en: 'An exclusion ground was found against this person.' },
  not_applicable: { vi: 'Không áp dụng.', en: 'Not applicable.' },
  not_a_beneficiary: { vi: 'Không phải là người (đơn vị) có liên quan đến đề xuất với vai trò này.', en: 'Not related to the proposal in this role.' },
  not_an_object: { vi: 'Phải là một đối tượng.', en: 'Must be an object.' },
  unknown_key: { vi: 'Trường không được phép.', en: 'Unknown key.' },
  not_a_boolean: { vi: 'Phải là đúng/sai.', en: 'Must be true or false.' },
  unknown_value: { vi: 'Giá trị không có trong danh mục.', en: 'Unknown value.' },
  empty: { vi: 'Không được để trống.', en: 'Must not be empty.' },
  protects_excluded_person: { vi: 'Quy tắc bảo vệ người có căn cứ loại trừ (trái Điều 6 khoản 1), ví dụ: {example}.', en: 'The rule protects an excluded person (contrary to Art. 6(1)), e.g. {example}.' },
  protects_without_good_faith: { vi: 'Quy tắc bảo vệ khi không có động cơ trong sáng (trái Điều 5 khoản 2), ví dụ: {example}.', en: 'The rule protects without good faith (contrary to Art. 5(2)(b)), e.g. {example}.' },
  uncovered_situation: { vi: 'Có {count} tình huống không quy tắc nào quyết định, ví dụ: {example}.', en: '{count} situations are decided by no rule, e.g. {example}.' },
  unreachable_rule: { vi: 'Quy tắc không bao giờ được áp dụng.', en: 'The rule is never reached.' },
  not_a_weekend: { vi: 'Ngày làm bù phải là thứ Bảy hoặc Chủ nhật.', en: 'A make-up working day must be a Saturday or Sunday.' },
  is_public_holiday: { vi: 'Ngày làm bù không được trùng ngày lễ.', en: 'A make-up working day cannot be a public holiday.' },
  exchange_not_listed: { vi: 'Ngày nghỉ được hoán đổi chưa có trong danh sách ngày nghỉ.', en: 'The day given off in exchange is not among the days off.' },
  ...DOCUMENT_FIELD_MESSAGES,
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
