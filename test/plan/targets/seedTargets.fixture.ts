/**
 * Every target sentence (chỉ tiêu) of four published plans,
 * copied from the source text (whitespace of the
 * PDF-extracted Quảng Nam text collapsed), with the targets read by hand.
 *
 * Sources:
 * - vinh-long-2018: QĐ 2701/QĐ-UBND, 20/12/2017, UBND tỉnh Vĩnh Long. Its
 *   objectives (I. MỤC TIÊU) state no number; its measurable targets are in
 *   the appendix tasks III.2, V.1, V.2, V.8 and VII.10.
 * - quang-nam-2016-2020: QĐ 1908/QĐ-UBND, 02/06/2016, UBND tỉnh Quảng Nam,
 *   section I. MỤC TIÊU (plus two sentences of section II marked `task`).
 * - vinh-yen-2022: Kế hoạch CCHC năm 2022, UBND thành phố Vinh Yên,
 *   "3. Mục tiêu cụ thể" (plus one sentence of II.2 marked `task`).
 * - hoa-binh-2016-2020: QĐ 2843/QĐ-UBND, 29/12/2015, UBND tỉnh Hòa Bình,
 *   "II. MỤC TIÊU ĐẾN NĂM 2020" (plus III.2.a marked `task`).
 *
 * `expected` lists [comparator, value, unit] for each target in order.
 */
import type { Comparator } from '../../../src/plan/types.js';

export interface SeedTargetCase {
  readonly plan: 'vinh-long-2018' | 'quang-nam-2016-2020' | 'vinh-yen-2022' | 'hoa-binh-2016-2020';
  readonly where: string;
  readonly kind: 'objective' | 'task';
  readonly text: string;
  readonly expected: readonly (readonly [Comparator, number, string])[];
}

export const seedTargetCases: readonly SeedTargetCase[] = [
  // ── Vĩnh Long 2018 (appendix) ──
  {
    plan: 'vinh-long-2018',
    where: 'Phụ lục III.2',
    kind: 'task',
    text: '2. Công khai thủ tục hành chính: 100% các sở, ngành, UBND cấp huyện và UBND cấp xã công khai đầy đủ, đúng quy định thủ tục hành chính tại bộ phận tiếp nhận và trả kết quả',
    expected: [['>=', 100, '%']],
  },
  {
    plan: 'vinh-long-2018',
    where: 'Phụ lục V.1',
    kind: 'task',
    text: '1. Xác định cơ cấu công chức, viên chức theo vị trí việc làm:\n\n- 100% cơ quan hành chính cấp tỉnh và cấp huyện có cơ cấu công chức theo vị trí việc làm được phê duyệt.\n\n- 100% đơn vị sự nghiệp công lập thuộc tỉnh, thuộc huyện có cơ cấu viên chức theo vị trí việc làm được phê duyệt.',
    expected: [
      ['>=', 100, '%'],
      ['>=', 100, '%'],
    ],
  },
  {
    plan: 'vinh-long-2018',
    where: 'Phụ lục V.2',
    kind: 'task',
    text: '2. Tuyển dụng và bố trí sử dụng công chức, viên chức:\n\n- 100% cơ quan hành chính cấp tỉnh và cấp huyện thực hiện đúng quy định về tuyển dụng công chức.\n\n- 100% đơn vị sự nghiệp công lập thuộc tỉnh, thuộc huyện thực hiện đúng quy định về tuyển dụng viên chức.',
    expected: [
      ['>=', 100, '%'],
      ['>=', 100, '%'],
    ],
  },
  {
    plan: 'vinh-long-2018',
    where: 'Phụ lục V.8',
    kind: 'task',
    text: '8. Cán bộ, công chức cấp xã:\n\n- Trên 80% cán bộ cấp xã đạt chuẩn chuyên môn;\n\n- Trên 80% công chức cấp xã đạt chuẩn chuyên môn;\n\n- Trên 70% cán bộ, công chức cấp xã được bồi dưỡng chuyên môn, nghiệp vụ trong năm.',
    expected: [
      ['>', 80, '%'],
      ['>', 80, '%'],
      ['>', 70, '%'],
    ],
  },
  {
    plan: 'vinh-long-2018',
    where: 'Phụ lục VII.10',
    kind: 'task',
    text: '10. 100% TTHC đã được UBND tỉnh công bố, cơ quan các cấp phải xây dựng quy trình áp dụng vào hệ thống theo tiêu chuẩn quốc gia TCVN ISO 9001:2008 và công bố lại theo QĐ số 19/2014/QĐ-TTg, ngày 05/3/2014 của Thủ tướng CP.',
    expected: [['>=', 100, '%']],
  },
  {
    plan: 'vinh-long-2018',
    where: 'Phụ lục VII.6',
    kind: 'task',
    text: '6. Xây dựng hệ thống một cửa điện tử cấp xã (thí điểm 10 xã, phường, thị trấn)',
    expected: [['>=', 10, 'count']],
  },
  {
    plan: 'vinh-long-2018',
    where: 'Phụ lục VII.7',
    kind: 'task',
    text: '7. Triển khai dùng thử ứng dụng kênh giao tiếp, tương tác trực tuyến phục vụ lãnh chỉ đạo (thí điểm tại 02 đơn vị)',
    expected: [['>=', 2, 'count']],
  },
  // ── Quảng Nam 2016–2020, I. MỤC TIÊU ──
  {
    plan: 'quang-nam-2016-2020',
    where: 'I.1 Mục tiêu chung',
    kind: 'objective',
    text: 'Phấn đấu Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) duy trì ở tốp 10, Chỉ số Cải cách hành chính (Par Index) ở vị thứ 15 20 trên bảng xếp hạng hàng năm của cả nước.',
    expected: [
      ['<=', 10, 'rank'],
      ['<=', 20, 'rank'],
    ],
  },
  {
    plan: 'quang-nam-2016-2020',
    where: 'I.2.a',
    kind: 'objective',
    text: 'Thể chế hành chính đảm bảo tính thống nhất với quy định của Trung ương và phù hợp với điều kiện thực tiễn của tỉnh. 100% văn bản quy phạm pháp luật được ban hành đảm bảo cơ sở pháp lý, đúng thẩm quyền, nội dung, trình tự, thủ tục, thể thức và kỹ thuật trình bày.',
    expected: [['>=', 100, '%']],
  },
  {
    plan: 'quang-nam-2016-2020',
    where: 'I.2.a',
    kind: 'objective',
    text: 'Phân cấp quản lý nhà nước cho Ủy ban nhân dân huyện, thị xã, thành phố và Ủy ban nhân dân xã, phường, thị trấn theo Nghị quyết số 21/NQCP ngày 21/3/2016 của Chính phủ.',
    expected: [],
  },
  {
    plan: 'quang-nam-2016-2020',
    where: 'I.2.a',
    kind: 'objective',
    text: '100% thủ tục hành chính được đưa vào tiếp nhận, giải quyết tại Bộ phận tiếp nhận và trả kết quả các cấp; phấn đấu giải quyết 100% hồ sơ hành chính đúng hạn. Giảm ít nhất 30% tổng thời gian giải quyết thủ tục hành chính trên cơ sở đơn giản hóa, chuẩn hóa và thống nhất hóa về hồ sơ và quy trình giải quyết thủ tục hành chính. Hoàn thiện cơ sở dữ liệu thủ tục hành chính ngay trong năm 2016.',
    expected: [
      ['>=', 100, '%'],
      ['>=', 100, '%'],
      ['>=', 30, '%'],
    ],
  },
  {
    plan: 'quang-nam-2016-2020',
    where: 'I.2.a',
    kind: 'objective',
    text: 'Mức độ hài lòng của cá nhân, tổ chức đối với sự phục vụ của cơ quan hành chính đạt trên 75%; đối với dịch vụ do đơn vị sự nghiệp công cung cấp đạt trên 70% vào năm 2017.',
    expected: [
      ['>', 75, '%'],
      ['>', 70, '%'],
    ],
  },
  {
    plan: 'quang-nam-2016-2020',
    where: 'I.2.a',
    kind: 'objective',
    text: 'Đến hết năm 2016, hoàn thành việc rà soát lại toàn bộ chức năng, nhiệm vụ, quyền hạn, đồng thời sắp xếp, tinh giản bộ máy trong toàn tỉnh; đảm bảo hệ thống các cơ quan hành chính nhà nước từ tỉnh tới cơ sở thông suốt, trong sạch, tinh gọn, vững mạnh, hiệu lực, hiệu quả.',
    expected: [],
  },
  {
    plan: 'quang-nam-2016-2020',
    where: 'I.2.a',
    kind: 'objective',
    text: 'Phấn đấu ít nhất có 60% cơ quan hành chính nhà nước bố trí cán bộ, công chức theo vị trí việc làm được duyệt.',
    expected: [['>=', 60, '%']],
  },
  {
    plan: 'quang-nam-2016-2020',
    where: 'I.2.a',
    kind: 'objective',
    text: 'Đưa vào vận hành chính thức Trung tâm hành chính công tỉnh và Trung tâm hành chính công thành phố Tam Kỳ, thành phố Hội An, thị xã Điện Bàn. Tối thiểu 200 thủ tục hành chính được cung cấp trực tuyến ở mức độ 3, 10 thủ tục hành chính được cung cấp trực tuyến ở mức độ 4; triển khai phần mềm một cửa điện tử tại 100% Sở, Ban, ngành, huyện, thị xã, thành phố và 30% xã, phường, thị trấn; 60% văn bản trao đổi giữa các cơ quan nhà nước dưới dạng điện tử (bao gồm cả văn bản gửi song song cùng văn bản giấy).',
    expected: [
      ['>=', 200, 'count'],
      ['>=', 10, 'count'],
      ['>=', 100, '%'],
      ['>=', 30, '%'],
      ['>=', 60, '%'],
    ],
  },
  {
    plan: 'quang-nam-2016-2020',
    where: 'I.2.b',
    kind: 'objective',
    text: 'Duy trì đạt 100% hồ sơ hành chính được giải quyết đúng hạn hoặc trước hạn; mức độ hài lòng của cá nhân, tổ chức đối với sự phục vụ của cơ quan hành chính và đối với dịch vụ do đơn vị sự nghiệp công cung cấp đạt trên 85%.',
    expected: [
      ['>=', 100, '%'],
      ['>', 85, '%'],
    ],
  },
  {
    plan: 'quang-nam-2016-2020',
    where: 'I.2.b',
    kind: 'objective',
    text: '100% cơ quan hành chính, đơn vị sự nghiệp triển khai cơ cấu công chức, viên chức theo đúng đề án được phê duyệt; 100% cán bộ, công chức đáp ứng yêu cầu, tiêu chuẩn quy định trước khi bổ nhiệm ngạch, bổ nhiệm chức vụ lãnh đạo, quản lý; 100% cán bộ, công chức cấp xã đạt tiêu chuẩn theo chức danh.',
    expected: [
      ['>=', 100, '%'],
      ['>=', 100, '%'],
      ['>=', 100, '%'],
    ],
  },
  {
    plan: 'quang-nam-2016-2020',
    where: 'I.2.b',
    kind: 'objective',
    text: 'Đến cuối năm 2020, tỷ lệ tinh giản biên chế tối thiểu đạt 10% biên chế giao năm 2015 theo thẩm quyền.',
    expected: [['>=', 10, '%']],
  },
  {
    plan: 'quang-nam-2016-2020',
    where: 'I.2.b',
    kind: 'objective',
    text: '100% số đơn vị cung cấp các dịch vụ công thuộc danh mục dịch vụ sự nghiệp công sử dụng ngân sách nhà nước thực hiện đấu thầu, đặt hàng theo quy định.',
    expected: [['>=', 100, '%']],
  },
  {
    plan: 'quang-nam-2016-2020',
    where: 'I.2.b',
    kind: 'objective',
    text: '+ 100% cán bộ, công chức, viên chức thuộc các cơ quan cấp huyện, cấp tỉnh sử dụng hộp thư điện tử công vụ trong trao đổi văn bản; 80% các văn bản, tài liệu chính thức được trao đổi trên môi trường mạng và có ứng dụng chữ ký số; 100% các cơ quan hành chính từ cấp xã trở lên sử dụng phần mềm quản lý văn bản và hồ sơ công việc; 80% các cuộc họp được tổ chức trực tuyến giữa Ủy ban nhân dân tỉnh với Ủy ban nhân dân cấp huyện; cung cấp chứng thư số tổ chức tới 80% cơ quan từ cấp huyện trở lên; 80% chứng thư số cá nhân cho cán bộ, công chức, viên chức từ cấp phó trưởng phòng trở lên thuộc các cơ quan cấp huyện, cấp tỉnh.',
    expected: [
      ['>=', 100, '%'],
      ['>=', 80, '%'],
      ['>=', 100, '%'],
      ['>=', 80, '%'],
      ['>=', 80, '%'],
      ['>=', 80, '%'],
    ],
  },
  {
    plan: 'quang-nam-2016-2020',
    where: 'I.2.b',
    kind: 'objective',
    text: '+ Triển khai mô hình một cửa, một cửa liên thông hiện đại tại 50% Sở, Ban, ngành, Ủy ban nhân dân huyện, thị xã, thành phố; 100% Ủy ban nhân dân xã, phường, thị trấn sử dụng phần mềm một cửa điện tử. Tối thiểu 300 thủ tục hành chính được cung cấp dưới dạng dịch vụ công trực tuyến mức độ 3 và 50 thủ tục hành chính được cung cấp dịch vụ công trực tuyến ở mức độ 4.',
    expected: [
      ['>=', 50, '%'],
      ['>=', 100, '%'],
      ['>=', 300, 'count'],
      ['>=', 50, 'count'],
    ],
  },
  {
    plan: 'quang-nam-2016-2020',
    where: 'II.2.a',
    kind: 'task',
    text: 'Phấn đấu giảm 30% thời gian giải quyết ở các lĩnh vực trên so với quy định hiện hành.',
    expected: [['>=', 30, '%']],
  },
  {
    plan: 'quang-nam-2016-2020',
    where: 'II.3.k',
    kind: 'task',
    text: 'Thực hiện tuyển dụng số cán bộ, công chức, viên chức mới không quá 50% số biên chế cán bộ, công chức, viên chức đã thực hiện tinh giản biên chế và không quá 50% số biên chế cán bộ, công chức, viên chức đã giải quyết chế độ nghỉ hưu hoặc thôi việc theo quy định.',
    expected: [
      ['<=', 50, '%'],
      ['<=', 50, '%'],
    ],
  },
  // ── Vinh Yên 2022, I.3 Mục tiêu cụ thể ──
  {
    plan: 'vinh-yen-2022',
    where: 'I.3',
    kind: 'objective',
    text: '- 100% văn bản QPPL được UBND các cấp của thành phố ban hành đúng theo thẩm quyền, quy trình, khả thi, hiệu lực, hiệu quả.',
    expected: [['>=', 100, '%']],
  },
  {
    plan: 'vinh-yen-2022',
    where: 'I.3',
    kind: 'objective',
    text: '- Tỷ lệ hồ sơ chậm hạn của thành phố: dưới 0,90%; của các xã, phường: dưới 0,50% (theo số liệu thống kê trên Cổng dịch vụ công tỉnh Vĩnh Phúc).',
    expected: [
      ['<', 0.9, '%'],
      ['<', 0.5, '%'],
    ],
  },
  {
    plan: 'vinh-yen-2022',
    where: 'I.3',
    kind: 'objective',
    text: '- Phân đầu đạt mục tiêu theo Kế hoạch của UBND tỉnh:',
    expected: [],
  },
  {
    plan: 'vinh-yen-2022',
    where: 'I.3',
    kind: 'objective',
    text: ' - + Tối thiểu 80% TTHC có đủ điều kiện, được cung cấp trực tuyến mức độ 3, 4; trong đó, ít nhất 80% TTHC được tích hợp, cung cấp trên Cổng dịch vụ công quốc gia. Tỷ lệ hồ sơ giải quyết trực tuyến mức độ 3, 4 trên tổng số hồ sơ đạt tối thiểu 50%.',
    expected: [
      ['>=', 80, '%'],
      ['>=', 80, '%'],
      ['>=', 50, '%'],
    ],
  },
  {
    plan: 'vinh-yen-2022',
    where: 'I.3',
    kind: 'objective',
    text: ' - + 30% tổ chức, cá nhân khi thực hiện TTHC không phải cung cấp lại các thông tin, giấy tờ, tài liệu đã được chấp nhận khi thực hiện thành công TTHC trước đó, mà cơ quan nhà nước có thẩm quyền giải quyết TTHC đang quản lý hoặc thông tin, giấy tờ, tài liệu đó được cơ quan nhà nước khác sẵn sàng chia sẻ và đáp ứng được yêu cầu.',
    expected: [['>=', 30, '%']],
  },
  {
    plan: 'vinh-yen-2022',
    where: 'I.3',
    kind: 'objective',
    text: ' - + Giảm thời gian chờ đợi trung bình của các cá nhân, tổ chức tại Bộ phận một cửa các cấp thành phố còn tối đa 20 phút/01 lần giao dịch.',
    expected: [['<=', 20, 'minutes']],
  },
  {
    plan: 'vinh-yen-2022',
    where: 'I.3',
    kind: 'objective',
    text: '- Phân đầu xếp hạng Chỉ số cải cách hành chính của thành phố năm 2022 nằm trong Top 03 các huyện, thành phố thuộc tỉnh.',
    expected: [['<=', 3, 'rank']],
  },
  {
    plan: 'vinh-yen-2022',
    where: 'I.3',
    kind: 'objective',
    text: '- 100% các phòng, ban, đơn vị của thành phố và UBND các xã phường được đánh giá xếp loại định kỳ (theo tháng hoặc quý) trên cơ sở lượng hoá kết quả thực hiện các nhiệm vụ được giao.',
    expected: [['>=', 100, '%']],
  },
  {
    plan: 'vinh-yen-2022',
    where: 'II.2',
    kind: 'task',
    text: 'Tổ chức thực hiện quy trình xây dựng, ban hành văn bản quy phạm pháp luật theo quy định; nâng cao chất lượng công tác tham gia ý kiến dự thảo các văn bản QPPL của Trung ương và của Tỉnh, phân đầu tham gia đạt 100% dự thảo các văn bản',
    expected: [['>=', 100, '%']],
  },
  // ── Hòa Bình 2016–2020, II. MỤC TIÊU ĐẾN NĂM 2020 ──
  {
    plan: 'hoa-binh-2016-2020',
    where: 'II.1.a',
    kind: 'objective',
    text: 'a) 100% văn bản quy phạm pháp luật của tỉnh, đặc biệt là những văn bản quy phạm pháp luật có chứa đựng những quy định hành chính, được ban hành theo đúng quy định của pháp luật, phù hợp với tình hình thực tế của địa phương và tạo điều kiện thuận lợi để huy động, thu hút và sử dụng có hiệu quả mọi nguồn lực cho đầu tư phát triển kinh tế - xã hội của tỉnh.',
    expected: [['>=', 100, '%']],
  },
  {
    plan: 'hoa-binh-2016-2020',
    where: 'II.1.b',
    kind: 'objective',
    text: 'b) 100% được chuẩn hóa, công khai, minh bạch, bảo đảm đơn giản, dễ hiểu, dễ thực hiện, tiết kiệm thời gian, chi phí, công sức của đối tượng và cơ quan thực hiện thủ tục hành chính; trên 80% TTHC của tỉnh được giải quyết theo cơ chế một cửa, cơ chế một cửa liên thông.',
    expected: [
      ['>=', 100, '%'],
      ['>', 80, '%'],
    ],
  },
  {
    plan: 'hoa-binh-2016-2020',
    where: 'II.1.c',
    kind: 'objective',
    text: 'c) Các cơ quan chuyên môn thuộc cấp tỉnh, cấp huyện và các tổ chức trực thuộc được sắp xếp, kiện toàn, quy định rõ vị trí, chức năng, nhiệm vụ, quyền hạn, đảm bảo kịp thời, tinh gọn, phù hợp với tình hình thực tế, hoạt động có hiệu lực, hiệu quả.',
    expected: [],
  },
  {
    plan: 'hoa-binh-2016-2020',
    where: 'II.1.d',
    kind: 'objective',
    text: 'd) 100% Bộ phận tiếp nhận và trả kết quả tại các cơ quan, đơn vị trên địa bàn tỉnh đều được tổ chức và hoạt động theo đúng quy định. Đến 2020, Bộ phận tiếp nhận và trả kết quả ở các huyện, thành phố đều đạt theo mô hình hiện đại. 100% Bộ phận tiếp nhận và trả kết quả của các Sở, Ban, Ngành và Ủy ban nhân dân cấp huyện; 50% Bộ phận tiếp nhận và trả kết quả của Ủy ban nhân dân cấp xã áp dụng phần mềm một cửa điện tử dùng chung khi giải quyết TTHC; bảo đảm sự hài lòng của cá nhân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước đạt trên mức 80%; bảo đảm sự hài lòng của cá nhân, tổ chức đối với các dịch vụ do đơn vị sự nghiệp công cung cấp trên các lĩnh vực Y tế, Giáo dục đạt trên mức 80%.',
    expected: [
      ['>=', 100, '%'],
      ['>=', 100, '%'],
      ['>=', 50, '%'],
      ['>', 80, '%'],
      ['>', 80, '%'],
    ],
  },
  {
    plan: 'hoa-binh-2016-2020',
    where: 'II.1.đ',
    kind: 'objective',
    text: 'đ) 100% cơ quan hành chính nhà nước, đơn vị sự nghiệp của tỉnh có cơ cấu cán bộ, công chức, viên chức theo vị trí việc làm và chức danh nghề nghiệp đã được phê duyệt; trên 90% cán bộ, công chức cấp xã của tỉnh đạt chuẩn theo chức danh.',
    expected: [
      ['>=', 100, '%'],
      ['>', 90, '%'],
    ],
  },
  {
    plan: 'hoa-binh-2016-2020',
    where: 'II.1.e',
    kind: 'objective',
    text: 'e) Trên 90% đơn vị sự nghiệp công lập của tỉnh thực hiện cơ chế tự chủ về tài chính; 60% các văn bản, tài liệu chính thức trao đổi giữa các cơ quan hành chính nhà nước được thực hiện trên mạng điện tử; 100% các Sở, Ban, Ngành tỉnh, Ủy ban nhân dân các huyện, thành phố và 40% các xã, phường, thị trấn có cổng Thông tin điện tử hoặc Trang Thông tin điện tử; 100% dịch vụ công trực tuyến được cung cấp ở mức độ 2 và 30% dịch vụ công trực tuyến được cung cấp ở mức độ 3, 4.',
    expected: [
      ['>', 90, '%'],
      ['>=', 60, '%'],
      ['>=', 100, '%'],
      ['>=', 40, '%'],
      ['>=', 100, '%'],
      ['>=', 30, '%'],
    ],
  },
  {
    plan: 'hoa-binh-2016-2020',
    where: 'II.1.g',
    kind: 'objective',
    text: 'g) Trên 80% các cơ quan hành chính nhà nước cấp tỉnh, cấp huyện và trên 70% đơn vị hành chính cấp xã thực hiện việc xây dựng, áp dụng hệ thống quản lý chất lượng theo tiêu chuẩn TCVN ISO 9001:2008.',
    expected: [
      ['>', 80, '%'],
      ['>', 70, '%'],
    ],
  },
  {
    plan: 'hoa-binh-2016-2020',
    where: 'III.2.a',
    kind: 'task',
    text: 'Đảm bảo 100% thủ tục mới ban hành được đánh giá tác động theo đúng quy định của pháp luật.',
    expected: [['>=', 100, '%']],
  },
];
