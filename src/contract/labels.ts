/**
 * The labels of the case states, Vietnamese and English, in one place for the server's documents
 * (the official's record PDF and workbook) and the web app: a PDF must never say "Đã gửi" where
 * the screen says "Đã gửi, chờ tiếp nhận". The web app's catalogues take the state labels from here.
 */
import { CASE_STATES, type CaseState } from '../domain/case/states.ts';

export { CASE_STATES };
export type CaseStateCode = CaseState;

export const CASE_STATE_LABELS = {
  vi: {
    draft: 'Bản nháp',
    submitted: 'Đã gửi, chờ tiếp nhận',
    returned_for_completion: 'Yêu cầu bổ sung, hoàn thiện',
    under_consideration: 'Đang xem xét',
    vote_passed: 'Tập thể đã thông qua',
    vote_failed: 'Tập thể không thông qua',
    in_implementation: 'Đang triển khai',
    suspended: 'Tạm dừng',
    awaiting_completion_report: 'Chờ báo cáo kết quả',
    terminated: 'Đã dừng thực hiện',
    completion_reported: 'Đã báo cáo kết quả',
    evaluated: 'Đã đánh giá',
    rejected: 'Không chấp thuận',
    withdrawn: 'Đã rút',
  },
  en: {
    draft: 'Draft',
    submitted: 'Submitted, awaiting intake',
    returned_for_completion: 'Returned for completion',
    under_consideration: 'Under consideration',
    vote_passed: 'Passed by the collective',
    vote_failed: 'Not passed by the collective',
    in_implementation: 'In implementation',
    suspended: 'Suspended',
    awaiting_completion_report: 'Awaiting completion report',
    terminated: 'Terminated',
    completion_reported: 'Completion reported',
    evaluated: 'Evaluated',
    rejected: 'Rejected',
    withdrawn: 'Withdrawn',
  },
} as const satisfies Record<'vi' | 'en', Record<CaseStateCode, string>>;
