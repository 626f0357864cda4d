// Processing times (thời hạn giải quyết) as the procedure listings publish them, read as an
// official reads them; with and without diacritics, NFC and NFD. A time that holds several
// cases ("03 ngày …; trường hợp cần xác minh … 06 ngày") has no one reading: the parser says
// so (processing_time_alternatives) instead of picking one.
import { describe, expect, it } from 'vitest';
import { parseProcessingTime } from '../../src/dossier/parseProcessingTime.js';
import { spellings } from './variants.js';

// Cổng thủ tục hành chính tỉnh Thừa Thiên Huế, procedures of the district level
// (tthc.thuathienhue.gov.vn/Content/Dichvucong/donvi?iDonVi=1&iMucDo=3 and …&iMucDo=4).
const TTH = 'tthc.thuathienhue.gov.vn, thủ tục cấp huyện (Ngày thụ lý)';
// Trang TTĐT xã Rạng Đông (huyện Tuần Giáo, Điện Biên), thủ tục "Thẩm định, phê duyệt phương án
// ứng phó với tình huống khẩn cấp thuộc thẩm quyền của UBND cấp xã".
const RD = 'rangdong.tuangiao.gov.vn/pso/detail/…-137';
// Công an tỉnh Long An, "Thông báo thời gian giải quyết cấp giấy xác nhận số Chứng minh nhân dân".
const LA = 'congan.longan.gov.vn, CmsId 20050';
// Cổng Dịch vụ công tỉnh Bình Định, thủ tục mã 34822 (cấp huyện, Phòng Nông nghiệp và Môi trường).
const BD = 'dichvucong.binhdinh.gov.vn, maThuTuc=34822';
// Cổng Dịch vụ công tỉnh Nghệ An, thủ tục mã 28310.
const NA = 'dichvucong.nghean.gov.vn, maThuTuc=28310';
// Cổng TTĐT tỉnh Lâm Đồng, "Quy trình chứng thực bản sao từ bản chính các giấy tờ, văn bản song ngữ".
const LD = 'lamdong.gov.vn, quy trình chứng thực bản sao song ngữ';

// UBND huyện Hóc Môn (TP.HCM), "Thủ tục cấp bản sao hộ tịch từ sổ gốc" (hocmon.hochiminhcity.gov.vn).
const HM = 'hocmon.hochiminhcity.gov.vn/pages/cap-ban-sao-ho-tich.aspx';
// UBND huyện Châu Phú (An Giang), danh mục thủ tục lĩnh vực hộ tịch (chauphu.angiang.gov.vn).
const CP = 'chauphu.angiang.gov.vn, thủ tục hành chính lĩnh vực hộ tịch';
// UBND phường Quang Hanh (Cẩm Phả, Quảng Ninh), danh sách thủ tục hành chính (phuongquanghanh.campha.gov.vn).
const QH = 'phuongquanghanh.campha.gov.vn, thủ tục hành chính lĩnh vực hộ tịch';

type Want =
  | { readonly kind: 'working_days' | 'calendar_days'; readonly days: number }
  | { readonly kind: 'same_day'; readonly cutoff?: string }
  | { readonly issue: string };

const rows: readonly [text: string, want: Want, source: string][] = [
  [
    'Trong thời hạn 05 ngày làm việc kể từ ngày nhận được văn bản đề nghị miễn nhiệm.',
    { kind: 'working_days', days: 5 },
    TTH,
  ],
  [
    'Trong thời hạn 05 ngày làm việc kể từ ngày nhận đủ văn bản đề nghị công nhận báo cáo viên pháp luật có đầy đủ thông tin theo quy định.',
    { kind: 'working_days', days: 5 },
    TTH,
  ],
  ['Không quá 45 ngày', { kind: 'calendar_days', days: 45 }, TTH],
  [
    '+ Không quá 20 ngày (không kể thời gian giải phóng mặt bằng; không kể thời gian thực hiện nghĩa vụ tài chính của người sử dụng đất).',
    { kind: 'calendar_days', days: 20 },
    TTH,
  ],
  ['Không quá 30 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.', { kind: 'working_days', days: 30 }, TTH],
  ['15 ngày làm việc kể từ ngày nhận được hồ sơ hợp lệ', { kind: 'working_days', days: 15 }, TTH],
  ['30 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ', { kind: 'working_days', days: 30 }, TTH],
  [
    '03 ngày làm việc đối với việc thay đổi, cải chính hộ tịch, xác định lại dân tộc. Trường hợp cần phải xác minh thì thời hạn được kéo dài không quá 06 ngày làm việc.',
    { issue: 'processing_time_alternatives' },
    TTH,
  ],
  [
    '15 ngày làm việc (trường hợp cần lấy ý kiến thì tối đa không quá 25 ngày làm việc) kể từ ngày nhận đủ hồ sơ hợp lệ.',
    { issue: 'processing_time_alternatives' },
    TTH,
  ],
  ['20 Ngày làm việc', { kind: 'working_days', days: 20 }, RD],
  [
    'Trong thời hạn 20 ngày làm việc, kể từ ngày nhận đủ hồ sơ theo quy định.',
    { kind: 'working_days', days: 20 },
    RD,
  ],
  [
    '-03 ngày làm việc đối với trường hợp công dân có đầy đủ giấy tờ, thông tin hợp lệ và hồ sơ không phải tra cứu; -10 ngày làm việc đối với các trường hợp hồ sơ phải tra cứu tại Công an tỉnh; -15 ngày làm việc đối với các trường hợp hồ sơ phải tra cứu tại Công an các tỉnh, thành phố trực thuộc trung ương khác./.',
    { issue: 'processing_time_alternatives' },
    LA,
  ],
  [
    'Không quá 10 ngày làm việc kể từ nhận được đầy đủ hồ sơ theo quy định',
    { kind: 'working_days', days: 10 },
    BD,
  ],
  [
    '5.4.1. Thời hạn kiểm tra hồ sơ: a) Trong thời hạn 01 ngày làm việc, Bộ phận Tiếp nhận và Trả kết quả giải quyết thủ tục hành chính thuộc Ủy ban nhân dân cấp huyện kiểm tra thành phần, nội dung của hồ sơ. Trường hợp hồ sơ theo đúng quy định, trong thời hạn không quá 01 ngày làm việc kể từ ngày nhận được hồ sơ, Bộ phận Tiếp nhận và Trả kết quả ban hành văn bản tiếp nhận; b) Trường hợp hồ sơ chưa đúng quy định, trong thời hạn không quá 03 ngày làm việc kể từ ngày nhận được hồ sơ, có trách nhiệm hướng dẫn một lần bằng văn bản. 5.4.2. Thời hạn thẩm định hồ sơ: Không quá 10 ngày làm việc kể từ nhận được đầy đủ hồ sơ theo quy định',
    { issue: 'processing_time_alternatives' },
    BD,
  ],
  [
    'Trong thời hạn 30 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ, cơ quan tiếp nhận tổ chức thẩm định và trình cấp có thẩm quyền xem xét phê duyệt.',
    { kind: 'working_days', days: 30 },
    NA,
  ],
  ['Trong ngày làm việc.', { kind: 'same_day' }, LD],
  ['Giải quyết trong ngày', { kind: 'same_day' }, LD],
  [
    '+ 04 ngày làm việc đối với trường hợp có giấy tờ liên quan. + Trường hợp cần xác minh có thể kéo dài nhưng không quá 05 ngày làm việc.',
    { issue: 'processing_time_alternatives' },
    HM,
  ],
  [
    'Ngay trong ngày tiếp nhận yêu cầu, trường hợp nhận hồ sơ sau 15 giờ mà không giải quyết được ngay thì trả kết quả trong ngày làm việc tiếp theo',
    { kind: 'same_day', cutoff: '15:00' },
    CP,
  ],
  [
    'Tối đa không quá 15 ngày làm việc, kể từ ngày nộp đủ hồ sơ theo quy định.',
    { kind: 'working_days', days: 15 },
    QH,
  ],
  [
    '03 ngày làm việc, trường hợp phải xác minh thì thời hạn giải quyết không quá 10 ngày làm việc.',
    { issue: 'processing_time_alternatives' },
    QH,
  ],
  // the listing's column is "Thời gian giải quyết tối đa (ngày)": bare days, calendar by default
  ['5 ngày', { kind: 'calendar_days', days: 5 }, QH],
];

function reading(text: string): Want {
  const r = parseProcessingTime(text);
  if (!r.ok) return { issue: r.issues[0]?.code ?? '' };
  const v = r.value;
  if (v.kind === 'working_days' || v.kind === 'calendar_days') return { kind: v.kind, days: v.days };
  if (v.kind === 'same_day')
    return v.cutoff === undefined ? { kind: 'same_day' } : { kind: 'same_day', cutoff: v.cutoff };
  return { issue: `read as ${v.kind}` };
}

describe('processing times from the procedure listings', () => {
  for (const [text, want, source] of rows) {
    for (const [spelling, written] of spellings(text)) {
      it(`${spelling}: ${text.slice(0, 70)}… (${source})`, () => {
        expect(reading(written)).toEqual(want);
      });
    }
  }
});
