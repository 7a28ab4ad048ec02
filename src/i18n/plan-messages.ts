/** Messages of implementation plans and their tasks, Vietnamese first, English second. */
type Catalogue = Record<string, { vi: string; en: string }>;

export const PLAN_ERROR_MESSAGES: Catalogue = {
  plan_not_found: { vi: 'Không tìm thấy kế hoạch.', en: 'Implementation plan not found.' },
  plan_task_not_found: { vi: 'Không tìm thấy nhiệm vụ.', en: 'Plan task not found.' },
  plan_task_done: { vi: 'Nhiệm vụ đã hoàn thành.', en: 'The task is already done.' },
  plan_task_stale_version: {
    vi: 'Nhiệm vụ đã được người khác cập nhật. Vui lòng tải lại.',
    en: 'Someone else has updated the task. Please reload.',
  },
};

export const PLAN_FIELD_MESSAGES: Catalogue = {
  outside_issuing_unit: {
    vi: 'Đơn vị không thuộc đơn vị ban hành kế hoạch.',
    en: 'The unit is not inside the unit that issues the plan.',
  },
  plan_number_taken: {
    vi: 'Số kế hoạch này đã có ở đơn vị ban hành.',
    en: 'The issuing unit already has a plan with this number.',
  },
  unknown_attachment: {
    vi: 'Tệp đính kèm không thuộc nhiệm vụ này.',
    en: 'The attachment is not one of this task.',
  },
};
