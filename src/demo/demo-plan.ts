import type { ProposalPlan } from '../domain/plan/proposal-plan.ts';

/** A complete Art. 7 plan, as a proposer would file it; the demo and the tests start from it. */
export function demoPlan(title: string, domain = 'government_building', year = 2026): ProposalPlan {
  return {
    title,
    domain,
    summary: `${title}: rút ngắn thời gian giải quyết thủ tục và giảm chi phí cho người dân, doanh nghiệp.`,
    necessity: {
      purpose: 'Tháo gỡ điểm nghẽn về thời gian giải quyết hồ sơ, nâng cao sự hài lòng của người dân.',
      bottleneck:
        'Quy trình hiện hành yêu cầu nộp hồ sơ giấy qua nhiều cơ quan; chưa có quy định về tiếp nhận điện tử liên thông.',
      bottleneckKind: 'not_yet_regulated',
    },
    legalBasis: {
      basis:
        'Nghị định 73/2023/NĐ-CP; Luật Tổ chức chính quyền địa phương; Nghị định 45/2020/NĐ-CP về thủ tục hành chính trên môi trường điện tử.',
      authorityRationale:
        'Nội dung thuộc thẩm quyền tổ chức thực hiện nhiệm vụ của đơn vị, không trái quy định của cấp trên.',
    },
    content: {
      tasks: 'Xây dựng quy trình mới; đào tạo cán bộ; vận hành thí điểm 6 tháng; đánh giá.',
      solutions: 'Tiếp nhận hồ sơ điện tử, luân chuyển nội bộ qua hệ thống, trả kết quả tại nhà.',
      optionsConsidered: [
        { option: 'Giữ nguyên quy trình giấy', assessment: 'Không giải quyết được điểm nghẽn.', chosen: false },
        {
          option: 'Thí điểm tiếp nhận điện tử liên thông',
          assessment: 'Khả thi với hạ tầng hiện có, chi phí thấp.',
          chosen: true,
        },
      ],
    },
    scope: {
      scope: 'Toàn bộ hồ sơ thuộc lĩnh vực được giao tại đơn vị.',
      targets: 'Giảm 50% thời gian giải quyết; 90% người dân hài lòng.',
    },
    timeline: {
      startOn: `${year}-01-01`,
      endOn: `${year}-12-31`,
      milestones: [
        { title: 'Ban hành quy trình thí điểm', dueOn: `${year}-03-31`, deliverable: 'Quyết định ban hành quy trình' },
        { title: 'Đánh giá giữa kỳ', dueOn: `${year}-07-31` },
      ],
    },
    resources: {
      budgetVnd: 350_000_000,
      people: '5 cán bộ chuyên môn, 2 kỹ thuật viên',
      equipment: 'Máy quét, máy chủ dùng chung của tỉnh',
    },
    feasibility: 'Hạ tầng sẵn có; cán bộ đã được tập huấn; kinh phí trong dự toán được giao.',
    impacts: {
      positive: 'Giảm thời gian, chi phí đi lại; minh bạch quá trình xử lý.',
      negative: 'Giai đoạn đầu cán bộ phải làm song song hai quy trình.',
    },
    expectedResults: 'Quy trình mới được chuẩn hóa và đề xuất nhân rộng toàn tỉnh.',
    risks: [
      {
        id: 'R1',
        description: 'Hệ thống gián đoạn khi tải cao',
        likelihood: 'medium',
        impact: 'high',
        mitigation: 'Dự phòng tiếp nhận giấy; hợp đồng hỗ trợ kỹ thuật',
        owner: 'Phòng Công nghệ thông tin',
      },
      {
        id: 'R2',
        description: 'Người dân chưa quen nộp hồ sơ điện tử',
        likelihood: 'high',
        impact: 'medium',
        mitigation: 'Bố trí hướng dẫn viên tại bộ phận một cửa',
        owner: 'Bộ phận một cửa',
      },
    ],
  };
}
