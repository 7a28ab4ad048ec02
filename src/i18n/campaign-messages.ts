/** Messages of registration campaigns (issue 14, item 1), Vietnamese first, English second. */
type Catalogue = Record<string, { vi: string; en: string }>;

export const CAMPAIGN_ERROR_MESSAGES: Catalogue = {
  campaign_not_found: { vi: 'Không tìm thấy đợt đăng ký.', en: 'Registration campaign not found.' },
  campaign_closed: { vi: 'Đợt đăng ký đã kết thúc.', en: 'The registration campaign is closed.' },
};

export const CAMPAIGN_FIELD_MESSAGES: Catalogue = {
  campaign_closed: { vi: 'Đợt đăng ký đã kết thúc.', en: 'The registration campaign is closed.' },
  unknown_campaign: { vi: 'Không tìm thấy đợt đăng ký.', en: 'Unknown registration campaign.' },
  unit_not_in_campaign_scope: {
    vi: 'Đơn vị của bạn không thuộc phạm vi của đợt đăng ký này.',
    en: 'Your unit is not in the scope of this campaign.',
  },
  not_province_level: {
    vi: 'Đợt đăng ký do tỉnh, thành phố trực thuộc Trung ương phát động.',
    en: 'Campaigns are opened by a province or a centrally governed city.',
  },
  outside_owner_unit: {
    vi: 'Đơn vị không thuộc tỉnh, thành phố phát động.',
    en: 'The unit is not inside the province or city that opens the campaign.',
  },
  in_past: { vi: 'Ngày đã qua.', en: 'The date has passed.' },
  duplicate_unit: { vi: 'Một đơn vị được nêu hai lần.', en: 'A unit is named twice.' },
};
