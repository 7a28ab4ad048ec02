/**
 * Messages of the API's field errors (`errors[].code` beside the field's path), Vietnamese first.
 * Codes are stable and part of the API; the text may improve. `{name}` is replaced from the
 * error's parameters.
 */
import { CAMPAIGN_FIELD_MESSAGES } from './campaign-messages.ts';
import { DOCUMENT_FIELD_MESSAGES } from './document-messages.ts';
import { PLAN_FIELD_MESSAGES } from './plan-messages.ts';
import { SECOND_FACTOR_FIELD_MESSAGES } from './second-factor-messages.ts';

export const FIELD_MESSAGES: Record<string, { vi: string; en: string }> = {
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
  duplicate_key: {
    vi: 'Trường bị gửi lặp lại trong cùng một đối tượng JSON.',
    en: 'The field appears more than once in the same JSON object.',
  },
  nul_character: {
    vi: 'Có ký tự NUL (\\u0000), không được phép.',
    en: 'Contains a NUL character (\\u0000), which is not allowed.',
  },
  unpaired_surrogate: {
    vi: 'Có ký tự Unicode không hợp lệ (nửa cặp thay thế UTF-16).',
    en: 'Contains invalid Unicode (an unpaired UTF-16 surrogate).',
  },
  control_character: {
    vi: 'Có ký tự điều khiển không nhìn thấy, không được phép.',
    en: 'Contains an invisible control character, which is not allowed.',
  },
  bidi_control: {
    vi: 'Có ký tự điều khiển chiều viết (bidi), không được phép.',
    en: 'Contains a bidirectional-text control character, which is not allowed.',
  },
  line_break: {
    vi: 'Trường này chỉ được viết trên một dòng (không xuống dòng, không tab).',
    en: 'This field must be a single line (no line breaks or tabs).',
  },
  invalid_cursor: { vi: 'Con trỏ phân trang không hợp lệ.', en: 'Invalid page cursor.' },
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
  voter_excluded: {
    vi: 'Cấp phó là người đề xuất hoặc đồng đề xuất không được tham gia biểu quyết, đánh giá.',
    en: 'A deputy who is a proposer or co-proposer may not vote or evaluate.',
  },
  voter_absent: { vi: 'Người biểu quyết không có mặt trong cuộc họp.', en: 'The voter did not attend.' },
  duplicate_vote: { vi: 'Một người chỉ biểu quyết một lần.', en: 'One vote per person.' },
  head_must_chair: { vi: 'Người đứng đầu phải chủ trì cuộc họp.', en: 'The head must chair the meeting.' },
  no_quorum: { vi: 'Không đủ số thành viên dự họp.', en: 'No quorum.' },
  ballot_missing: {
    vi: 'Thành viên có mặt chưa có phiếu biểu quyết (tán thành, không tán thành hoặc không biểu quyết).',
    en: 'A member present has no ballot (for, against or abstain).',
  },
  fixed_by_law: {
    vi: 'Nội dung này do Nghị định quy định, không phải tham số.',
    en: 'Fixed by the decree, not a setting.',
  },
  not_with_written: {
    vi: 'Khi lấy ý kiến bằng phiếu, danh sách lấy từ các phiếu đã gửi.',
    en: 'In a written consultation the list comes from the ballots cast.',
  },
  written_ballots_cast: {
    vi: 'Đã có phiếu gửi trên hệ thống: ghi kết quả theo các phiếu đó.',
    en: 'Ballots were cast in the application: record the result from them.',
  },
  condition_not_met: { vi: 'Chưa đáp ứng điều kiện.', en: 'Condition not met.' },
  removes_bottleneck_not_met: {
    vi: 'Chưa xác nhận điều kiện a): nhằm tháo gỡ điểm nghẽn, vướng mắc.',
    en: 'Condition a) not confirmed: removes a bottleneck.',
  },
  common_good_not_met: {
    vi: 'Chưa xác nhận điều kiện b): vì lợi ích chung.',
    en: 'Condition b) not confirmed: serves the common good.',
  },
  urgent_practical_need_not_met: {
    vi: 'Chưa xác nhận điều kiện c): đáp ứng yêu cầu cấp bách của thực tiễn.',
    en: 'Condition c) not confirmed: meets an urgent practical need.',
  },
  no_adverse_effect_not_met: {
    vi: 'Chưa xác nhận điều kiện không gây phương hại đến quốc phòng, an ninh, quyền và lợi ích hợp pháp.',
    en: 'Not confirmed: does not harm defence, security or the lawful rights of others.',
  },
  promotes_reform_not_met: {
    vi: 'Chưa xác nhận điều kiện d): thúc đẩy phân cấp, cải cách thủ tục, ứng dụng công nghệ.',
    en: 'Condition d) not confirmed: promotes decentralisation, procedure reform or technology.',
  },
  forward_instead: {
    vi: 'Vượt thẩm quyền: chuyển cấp trên có thẩm quyền.',
    en: 'Beyond authority: forward to the competent superior.',
  },
  not_a_superior_unit: {
    vi: 'Không phải cơ quan cấp trên của đơn vị nhận.',
    en: 'Not a superior of the receiving unit.',
  },
  required_for_other: { vi: 'Cần ghi rõ lý do khác.', en: 'Explain the other reason.' },
  one_resource_required: { vi: 'Nhập ít nhất một nguồn lực.', en: 'Enter at least one resource.' },
  no_damage_declared: {
    vi: 'Chỉ ghi giá trị thiệt hại khi có thiệt hại.',
    en: 'Only give a damage estimate when damage occurred.',
  },
  not_covered: { vi: 'Chức vụ không thuộc đối tượng áp dụng.', en: 'Position not covered.' },
  wrong_password: { vi: 'Mật khẩu hiện tại không đúng.', en: 'Current password is wrong.' },
  taken: { vi: 'Đã được sử dụng.', en: 'Already taken.' },
  unit_already_has_head: { vi: 'Đơn vị đã có người đứng đầu.', en: 'The unit already has a head.' },
  cycle: { vi: 'Tạo thành vòng lặp trong cây đơn vị.', en: 'Would create a cycle in the unit tree.' },
  // Who receives a proposal, where a profile applies, and the case's timeline.
  head_is_proposer: {
    vi: 'Người đứng đầu đơn vị này là người đề xuất hoặc đồng đề xuất (Điều 7 khoản 4).',
    en: 'The head of this unit is a proposer or co-proposer (Art. 7(4)).',
  },
  profile_not_in_force: {
    vi: 'Bộ quy trình này không áp dụng tại đơn vị của bạn.',
    en: 'This procedure profile is not in force for your unit.',
  },
  not_allowed_by_profile: {
    vi: 'Bộ quy trình của hồ sơ không cho phép (Nghị định 73 Điều 5 khoản 1 điểm a chỉ nêu vấn đề chưa được quy định).',
    en: 'Not allowed by the case’s procedure profile (Decree 73 Art. 5(1)(a) names only matters not yet regulated).',
  },
  too_late: { vi: 'Không được sau ngày {max}.', en: 'Must not be after {max}.' },
  // Protection, rewards and rule sets.
  evidence_required: {
    vi: 'Cần nêu chứng cứ cho căn cứ loại trừ đã xác định.',
    en: 'Give the evidence for the exclusion ground found.',
  },
  contradicts_finding: { vi: 'Mâu thuẫn với căn cứ đã xác định.', en: 'Contradicts a finding.' },
  estimate_without_damage: {
    vi: 'Chỉ ghi giá trị thiệt hại khi có thiệt hại.',
    en: 'Only give a damage estimate when damage was caused.',
  },
  causes_required: {
    vi: 'Cần xác định nguyên nhân khách quan, chủ quan (Điều 11 khoản 4).',
    en: 'Name the objective and subjective causes (Art. 11(4)).',
  },
  not_in_approved_plan: {
    vi: 'Rủi ro không có trong kế hoạch đã được phê duyệt.',
    en: 'Not a risk of the approved plan.',
  },
  departure_reasons_required: {
    vi: 'Cần nêu lý do khi quyết định khác khuyến nghị (tối thiểu {minLength} ký tự).',
    en: 'Give reasons for departing from the recommendation (at least {minLength} characters).',
  },
  excluded_person_not_protectable: {
    vi: 'Đã xác định căn cứ loại trừ nên không thể quyết định bảo vệ (Điều 6 khoản 1).',
    en: 'An exclusion ground was found: protection cannot be decided (Art. 6(1)).',
  },
  no_good_faith_not_protectable: {
    vi: 'Không đúng chủ trương, động cơ trong sáng, vì lợi ích chung nên không thể quyết định bảo vệ (Điều 5 khoản 2).',
    en: 'Without good faith, protection cannot be decided (Art. 5(2)(b)).',
  },
  binding_protection_row: {
    vi: 'Không được bảo vệ ít hơn mức mà {article} quy định ({minimum}).',
    en: 'May not protect less than {article} gives ({minimum}).',
  },
  weighed_grounds_reasons_required: {
    vi: 'Cần nêu lý do về các vấn đề phải cân nhắc (tối thiểu {minLength} ký tự).',
    en: 'Give reasons addressing the matters to weigh (at least {minLength} characters).',
  },
  decision_not_protective: { vi: 'Quyết định không bảo vệ.', en: 'The decision did not protect.' },
  finding_required: { vi: 'Cần có kết luận làm căn cứ.', en: 'A finding is required.' },
  ground_not_revocable: {
    vi: 'Căn cứ này không thuộc các căn cứ được xem xét khi quyết định bảo vệ.',
    en: 'Not one of the grounds examined when protection is decided.',
  },
  finding_reference_required: { vi: 'Cần ghi số, ngày của kết luận.', en: 'Give the finding’s number and date.' },
  unknown_result: { vi: 'Kết quả không hợp lệ.', en: 'Unknown result.' },
  unknown_form: { vi: 'Hình thức khen thưởng không có trong danh mục.', en: 'Unknown form of reward.' },
  not_offered_by_rule_set: {
    vi: 'Bộ quy tắc của quy trình này không có hình thức hỗ trợ đã chọn.',
    en: 'The rule set of this profile does not offer this support.',
  },
  local_option_not_enabled: {
    vi: 'Hình thức của địa phương chưa được bật cho quy trình này.',
    en: 'This local form is not enabled for this profile.',
  },
  beneficiary_not_eligible: {
    vi: 'Đối tượng này không được áp dụng hình thức đã chọn.',
    en: 'This beneficiary is not eligible for the form.',
  },
  art5_clause1_not_met: {
    vi: 'Đề xuất chưa được xác định đáp ứng Điều 5 khoản 1.',
    en: 'The proposal was not found to meet Art. 5(1).',
  },
  requires_completed: {
    vi: 'Hình thức này chỉ áp dụng khi đề xuất được đánh giá hoàn thành.',
    en: 'This form needs the proposal assessed as completed.',
  },
  excluded_by_finding: {
    vi: 'Đã xác định căn cứ loại trừ đối với người này.',
    en: 'An exclusion ground was found against this person.',
  },
  not_applicable: { vi: 'Không áp dụng.', en: 'Not applicable.' },
  not_a_beneficiary: {
    vi: 'Không phải là người (đơn vị) có liên quan đến đề xuất với vai trò này.',
    en: 'Not related to the proposal in this role.',
  },
  not_an_object: { vi: 'Phải là một đối tượng.', en: 'Must be an object.' },
  unknown_key: { vi: 'Trường không được phép.', en: 'Unknown key.' },
  not_a_boolean: { vi: 'Phải là đúng/sai.', en: 'Must be true or false.' },
  unknown_value: { vi: 'Giá trị không có trong danh mục.', en: 'Unknown value.' },
  empty: { vi: 'Không được để trống.', en: 'Must not be empty.' },
  protects_excluded_person: {
    vi: 'Quy tắc bảo vệ người có căn cứ loại trừ (trái Điều 6 khoản 1), ví dụ: {example}.',
    en: 'The rule protects an excluded person (contrary to Art. 6(1)), e.g. {example}.',
  },
  protects_without_good_faith: {
    vi: 'Quy tắc bảo vệ khi không có động cơ trong sáng (trái Điều 5 khoản 2), ví dụ: {example}.',
    en: 'The rule protects without good faith (contrary to Art. 5(2)(b)), e.g. {example}.',
  },
  weakens_art11_1: {
    vi: 'Quy tắc bảo vệ ít hơn mức "không bị xử lý trách nhiệm" của Điều 11 khoản 1, ví dụ: {example}.',
    en: 'The rule gives less than "not held liable" of Art. 11(1), e.g. {example}.',
  },
  weakens_art11_2: {
    vi: 'Quy tắc bảo vệ ít hơn mức "loại trừ trách nhiệm" của Điều 11 khoản 2, ví dụ: {example}.',
    en: 'The rule gives less than "liability excluded" of Art. 11(2), e.g. {example}.',
  },
  refers_protected_person: {
    vi: 'Quy tắc chuyển xử lý kỷ luật người được bảo vệ theo Điều 11 khoản 1 hoặc 2, ví dụ: {example}.',
    en: 'The rule refers to discipline a person Art. 11(1) or (2) protects, e.g. {example}.',
  },
  uncovered_situation: {
    vi: 'Có {count} tình huống không quy tắc nào quyết định, ví dụ: {example}.',
    en: '{count} situations are decided by no rule, e.g. {example}.',
  },
  unreachable_rule: { vi: 'Quy tắc không bao giờ được áp dụng.', en: 'The rule is never reached.' },
  not_a_weekend: {
    vi: 'Ngày làm bù phải là thứ Bảy hoặc Chủ nhật.',
    en: 'A make-up working day must be a Saturday or Sunday.',
  },
  is_public_holiday: {
    vi: 'Ngày làm bù không được trùng ngày lễ.',
    en: 'A make-up working day cannot be a public holiday.',
  },
  exchange_not_listed: {
    vi: 'Ngày nghỉ được hoán đổi chưa có trong danh sách ngày nghỉ.',
    en: 'The day given off in exchange is not among the days off.',
  },
  ...DOCUMENT_FIELD_MESSAGES,
  password_too_short: {
    vi: 'Mật khẩu phải có ít nhất {min} ký tự.',
    en: 'The password needs at least {min} characters.',
  },
  password_too_long: { vi: 'Mật khẩu dài quá {max} ký tự.', en: 'The password is longer than {max} characters.' },
  password_personal: {
    vi: 'Mật khẩu không được chứa tên đăng nhập hoặc họ tên.',
    en: 'The password must not contain the username or the name.',
  },
  password_too_weak: {
    vi: 'Mật khẩu quá dễ đoán (mật khẩu phổ biến, tên, ngày tháng hoặc dãy phím). Hãy dùng một cụm nhiều từ.',
    en: 'The password is too easy to guess (a common password, a name, a date or a keyboard run). Try a phrase of several words.',
  },
  wrong_current_password: { vi: 'Mật khẩu hiện tại không đúng.', en: 'The current password is wrong.' },
  password_unchanged: {
    vi: 'Mật khẩu mới phải khác mật khẩu hiện tại.',
    en: 'The new password must differ from the current one.',
  },
  ...CAMPAIGN_FIELD_MESSAGES,
  ...PLAN_FIELD_MESSAGES,
  ...SECOND_FACTOR_FIELD_MESSAGES,
};
