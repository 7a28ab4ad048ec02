import { words } from './read-documents.ts';

/**
 * The exact Vietnamese of the protection and reward documents, in reading order, as the demo
 * Finance department issues them (Decree 30/2020 Appendix I). Line breaks are for reading only.
 */

/** Art. 11: every fact the determination rests on, then the result and its legal ground. */
export const determination = (code: string) =>
  words(`UBND TỈNH AN KHANG SỞ TÀI CHÍNH Số: 01/QĐ-STC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc An Khang, ngày 02 tháng 3 năm 2026 QUYẾT ĐỊNH Về việc xác định bảo vệ cán bộ đối với Đặng Thu Hà trong thực hiện đề xuất “Thí điểm số hóa hồ sơ đất đai” GIÁM ĐỐC SỞ TÀI CHÍNH Căn cứ Nghị định số 73/2023/NĐ-CP ngày 29 tháng 9 năm 2023 của Chính phủ quy định về khuyến khích, bảo vệ cán bộ năng động, sáng tạo, dám nghĩ, dám làm, dám đột phá, dám chịu trách nhiệm vì lợi ích chung;
Căn cứ kết quả đánh giá việc thực hiện đề xuất “Thí điểm số hóa hồ sơ đất đai” (hồ sơ ${code});
Xét các sự việc đã được xác định đối với Đặng Thu Hà (bản ghi sự việc lần 1).
Sự việc Kết quả xác định Kết quả thực hiện đề xuất Hoàn thành một phần mục tiêu Thiệt hại Không Nguyên nhân khách quan Nhà cung cấp hạ tầng ngừng dịch vụ đột xuất.
Nguyên nhân chủ quan Chưa có phương án dự phòng đủ.
Rủi ro Rủi ro không lường trước được: Nhà cung cấp hạ tầng phá sản giữa kỳ Thực hiện đúng kế hoạch được phê duyệt Có Thực hiện đúng quyết định cho triển khai Có Chấp hành chỉ đạo tiếp tục, tạm dừng, dừng thực hiện Có Đúng chủ trương, đường lối Có Động cơ trong sáng Có Vì lợi ích chung Có Vì lợi ích cá nhân, động cơ vụ lợi Không Vì lợi ích nhóm Không Tham nhũng, tiêu cực Không Trục lợi Không Thực hiện hành vi vi phạm kỷ luật Đảng, pháp luật Nhà nước Không Che giấu vi phạm kỷ luật Đảng, pháp luật Nhà nước Không Gây tổn hại đến nhiệm vụ chính trị Không Gây tổn hại đến đời sống của Nhân dân Không Gây tổn hại đến doanh nghiệp Không Ngoài thẩm quyền hoặc trái quy định của Đảng, văn bản của cấp trên Không Không chấp hành chỉ đạo tiếp tục, tạm dừng hoặc dừng thực hiện Không Báo cáo kết quả không đầy đủ, không trung thực Không QUYẾT ĐỊNH: Điều 1.
Xác định đối với Đặng Thu Hà (người đề xuất) trong thực hiện đề xuất “Thí điểm số hóa hồ sơ đất đai”: Loại trừ trách nhiệm.
Điều 2.
Căn cứ pháp lý: Điều 11 khoản 2 Nghị định 73/2023/NĐ-CP.
Điều 3.
Quyết định này có hiệu lực kể từ ngày ký.
Đặng Thu Hà, Sở Tài chính và các cơ quan, đơn vị, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này.
Nơi nhận: - Như Điều 3;
- Ủy ban nhân dân tỉnh An Khang (để báo cáo);
- Lưu: VT, VP.
GIÁM ĐỐC Phạm Minh Đức`);

/** Art. 6(1): the revocation cites the finding, the ground and the decision it revokes. */
export const revocation = (code: string, seq: number) =>
  words(`UBND TỈNH AN KHANG SỞ TÀI CHÍNH Số: 02/QĐ-STC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc An Khang, ngày 02 tháng 3 năm 2026 QUYẾT ĐỊNH Về việc hủy bỏ việc xác định bảo vệ cán bộ đối với Đặng Thu Hà GIÁM ĐỐC SỞ TÀI CHÍNH Căn cứ Nghị định số 73/2023/NĐ-CP ngày 29 tháng 9 năm 2023 của Chính phủ quy định về khuyến khích, bảo vệ cán bộ năng động, sáng tạo, dám nghĩ, dám làm, dám đột phá, dám chịu trách nhiệm vì lợi ích chung;
Căn cứ Kết luận thanh tra số 07/KL-TTr ngày 02/03/2026;
Xét Quyết định số 45/QĐ-STC ngày 02/03/2026 xác định bảo vệ đối với Đặng Thu Hà (sự kiện số ${seq} của hồ sơ ${code}).
QUYẾT ĐỊNH: Điều 1.
Hủy bỏ việc xác định “Loại trừ trách nhiệm” đối với Đặng Thu Hà trong thực hiện đề xuất “Thí điểm số hóa hồ sơ đất đai”.
Căn cứ xác định: Vì lợi ích cá nhân, động cơ vụ lợi.
Lý do: Kết luận thanh tra xác định cán bộ nhận lợi ích từ nhà thầu trong quá trình thí điểm.
Điều 2.
Căn cứ pháp lý: Điều 6 khoản 1 Nghị định 73/2023/NĐ-CP;
Kết luận 14-KL/TW ngày 22/9/2021 của Bộ Chính trị, điểm 2.4.
Chuyển cơ quan có thẩm quyền xem xét, xử lý trách nhiệm theo quy định chung.
Điều 3.
Quyết định này có hiệu lực kể từ ngày ký.
Đặng Thu Hà, Sở Tài chính và các cơ quan, đơn vị, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này.
Nơi nhận: - Như Điều 3;
- Ủy ban nhân dân tỉnh An Khang (để báo cáo);
- Lưu: VT, VP.
GIÁM ĐỐC Phạm Minh Đức`);

/** Art. 10: the proposal to the competent level (Tờ trình). */
export const salaryProposal = (code: string, n: string) =>
  words(`UBND TỈNH AN KHANG SỞ TÀI CHÍNH Số: ${n}/TTr-STC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc An Khang, ngày 02 tháng 3 năm 2026 TỜ TRÌNH Về việc đề nghị nâng bậc lương trước thời hạn 12 tháng đối với Đặng Thu Hà Kính gửi: Ủy ban nhân dân tỉnh An Khang.
Căn cứ Nghị định số 73/2023/NĐ-CP ngày 29 tháng 9 năm 2023 của Chính phủ và kết quả đánh giá việc thực hiện đề xuất “Thí điểm một cửa liên thông điện tử” (hồ sơ ${code}), Sở Tài chính kính trình Ủy ban nhân dân tỉnh An Khang xem xét: Nâng bậc lương trước thời hạn 12 tháng đối với Đặng Thu Hà.
Thành tích: Đề xuất hoàn thành, giảm 40% thời gian giải quyết hồ sơ.
Căn cứ đề nghị: Điều 10 khoản 1 điểm c Nghị định 73/2023/NĐ-CP.
Kính trình Ủy ban nhân dân tỉnh An Khang xem xét, quyết định./.
Nơi nhận: - Như trên;
- Lưu: VT, VP.
GIÁM ĐỐC Phạm Minh Đức`);

/** Art. 10(1)(c): the early salary step. */
export const salaryDecision = (code: string, n: string) =>
  words(`UBND TỈNH AN KHANG SỞ TÀI CHÍNH Số: ${n}/QĐ-STC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc An Khang, ngày 02 tháng 3 năm 2026 QUYẾT ĐỊNH Về việc nâng bậc lương trước thời hạn 12 tháng đối với Đặng Thu Hà GIÁM ĐỐC SỞ TÀI CHÍNH Căn cứ Nghị định số 73/2023/NĐ-CP ngày 29 tháng 9 năm 2023 của Chính phủ quy định về khuyến khích, bảo vệ cán bộ năng động, sáng tạo, dám nghĩ, dám làm, dám đột phá, dám chịu trách nhiệm vì lợi ích chung;
Căn cứ Điều 10 khoản 1 điểm c Nghị định 73/2023/NĐ-CP;
Căn cứ ý kiến của Ủy ban nhân dân tỉnh An Khang tại văn bản số 215/QĐ-UBND ngày 02/03/2026.
QUYẾT ĐỊNH: Điều 1.
Nâng bậc lương trước thời hạn 12 tháng đối với Đặng Thu Hà, đã có thành tích trong thực hiện đề xuất “Thí điểm một cửa liên thông điện tử” (hồ sơ ${code}).
Điều 2.
Quyết định này có hiệu lực kể từ ngày ký.
Đặng Thu Hà và các cơ quan, đơn vị, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này.
Nơi nhận: - Như Điều 2;
- Ủy ban nhân dân tỉnh An Khang (để báo cáo);
- Lưu: VT, VP.
GIÁM ĐỐC Phạm Minh Đức`);

/** A refused reward: a notice with the reasons. */
export const refusalNotice = (code: string, n: string) =>
  words(`UBND TỈNH AN KHANG SỞ TÀI CHÍNH Số: ${n}/TB-STC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc An Khang, ngày 02 tháng 3 năm 2026 THÔNG BÁO Về việc không chấp thuận đề nghị tuyên dương, biểu dương trước cơ quan, đơn vị đối với tập thể Sở Tài chính Xét đề nghị tuyên dương, biểu dương trước cơ quan, đơn vị đối với tập thể Sở Tài chính trong thực hiện đề xuất “Thí điểm một cửa liên thông điện tử” (hồ sơ ${code}), Ủy ban nhân dân tỉnh An Khang không chấp thuận (văn bản số 216/UBND-TĐKT ngày 02/03/2026).
Lý do: Tập thể đã được biểu dương trong năm, chưa đủ điều kiện xét lại.
Nơi nhận: - Tập thể Sở Tài chính;
- Lưu: VT, VP.
GIÁM ĐỐC Phạm Minh Đức`);
