export default {
  showcase: {
    title: 'Sáng kiến đổi mới, sáng tạo được công bố',
    intro:
      'Các sáng kiến đã được người đứng đầu cơ quan duyệt công bố công khai (Kết luận 14-KL/TW mục 2.5). Chỉ nội dung được duyệt mới hiển thị.',
    search: 'Tìm sáng kiến (không cần dấu)',
    searchButton: 'Tìm',
    empty: 'Chưa có sáng kiến nào được công bố.',
    noMatch: 'Không có sáng kiến phù hợp.',
    unit: 'Đơn vị',
    publishedOn: 'Công bố ngày {{date}}',
    results: 'Kết quả',
    proposers: 'Người đề xuất',
    replicated: 'Đã nhân rộng tại',
    feed: 'Nguồn tin RSS',
    more: 'Xem thêm',
  },
  models: {
    title: 'Mô hình để nhân rộng',
    intro:
      'Sáng kiến đã hoàn thành, được người đứng đầu chọn làm mô hình. Đơn vị của bạn có thể áp dụng: kế hoạch được sao chép để điều chỉnh.',
    empty: 'Chưa có mô hình nào.',
    markedOn: 'Chọn ngày {{date}}',
    replications: 'Đã áp dụng: {{n}} đơn vị',
    adopt: 'Áp dụng tại đơn vị tôi',
    adoptedFrom: 'Áp dụng từ mô hình {{code}} — {{title}}',
  },
  replications: {
    title: 'Nơi đã nhân rộng',
    empty: 'Chưa đơn vị nào áp dụng mô hình này.',
  },
};
