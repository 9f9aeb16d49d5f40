import type { LegalRule } from './legal-rule';

const DECREE_47 = 'Decree 47/2020/NĐ-CP (in force 2020-05-25)';
const DECREE_194 = 'Decree 194/2025/NĐ-CP (in force 2025-08-19)';
const DECREE_47_FROM = '2020-05-25';
const DECREE_194_FROM = '2025-08-19';
const DAY_BEFORE_DECREE_194 = '2025-08-18';

const DECREE_278_NOTE =
  'Decree 278/2025 (22 Oct 2025) is reported to replace Decree 47/2020; its text is not among the ' +
  "project's law texts, so whether it keeps this value is not settled.";

/**
 * The time limits of Decree 47/2020 and their amendments, each version with the dates it is in force.
 * Every value was checked against the decree's text (law/nd47_2020.md) and DOMAIN.md.
 */
export const LEGAL_RULES: readonly LegalRule[] = Object.freeze([
  {
    id: 'service-publication',
    article: 'Decree 47/2020 Art. 25.1',
    value: 1,
    unit: 'working_days',
    direction: 'after',
    effectiveFrom: DECREE_47_FROM,
    source: DECREE_47,
    description: {
      vi: 'Đăng tải công khai thông tin về dịch vụ chia sẻ dữ liệu trên Hệ thống quản lý dịch vụ chia sẻ dữ liệu kể từ khi dịch vụ sẵn sàng tiếp nhận kết nối.',
      en: 'Publish the data-sharing service on the service management system once it is ready to accept connections.',
    },
    note: DECREE_278_NOTE,
  },
  {
    id: 'connection-account',
    article: 'Decree 47/2020 Art. 35.3',
    value: 5,
    unit: 'working_days',
    direction: 'after',
    effectiveFrom: DECREE_47_FROM,
    effectiveTo: DAY_BEFORE_DECREE_194,
    source: DECREE_47,
    description: {
      vi: 'Tạo tài khoản kết nối và thông báo cho cơ quan yêu cầu, hoặc từ chối nêu rõ lý do, kể từ khi nhận được yêu cầu.',
      en: 'Create the connection account and notify the requesting agency, or refuse with reasons, from receipt of the request.',
    },
  },
  {
    id: 'connection-account',
    article: 'Decree 47/2020 Art. 35.3',
    value: 2,
    unit: 'working_days',
    direction: 'after',
    effectiveFrom: DECREE_194_FROM,
    source: DECREE_194,
    description: {
      vi: 'Tạo tài khoản kết nối và thông báo cho cơ quan yêu cầu, hoặc từ chối nêu rõ lý do và căn cứ pháp lý, kể từ khi nhận được yêu cầu.',
      en: 'Create the connection account and notify the requesting agency, or refuse with reasons and the legal basis, from receipt of the request.',
    },
    note:
      'The 2 working days and the date come from DOMAIN.md; the text of Decree 194/2025 is not among the ' +
      "project's law texts, so the article of Decree 194/2025 that amends Art. 35.3 is not verified " +
      '(DOMAIN.md cites its Art. 16 for the answer with an account or a reasoned refusal). ' +
      DECREE_278_NOTE,
  },
  {
    id: 'dispute-provider-answer',
    article: 'Decree 47/2020 Art. 49.1',
    value: 7,
    unit: 'working_days',
    direction: 'after',
    effectiveFrom: DECREE_47_FROM,
    source: DECREE_47,
    description: {
      vi: 'Cơ quan cung cấp dữ liệu giải đáp, hướng dẫn xử lý vướng mắc kể từ khi tiếp nhận yêu cầu giải quyết.',
      en: 'The data provider answers the consumer and guides the resolution of the problem, from receipt of the request.',
    },
    note:
      'Art. 49 applies unless the problem has a specific procedure set by a competent authority. ' +
      DECREE_278_NOTE,
  },
  {
    id: 'dispute-it-unit-answer',
    article: 'Decree 47/2020 Art. 49.2',
    value: 7,
    unit: 'working_days',
    direction: 'after',
    effectiveFrom: DECREE_47_FROM,
    source: DECREE_47,
    description: {
      vi: 'Đơn vị chuyên trách công nghệ thông tin của bộ, ngành, tỉnh hướng dẫn phương án giải quyết vướng mắc hoặc tham mưu, báo cáo kể từ khi tiếp nhận yêu cầu.',
      en: "The ministry's or province's IT unit guides the resolution, or proposes one to its head, from receipt of the request.",
    },
    note:
      'The third step (Art. 49.3: referral to the Ministry of Information and Communications or the ' +
      'Prime Minister) has no time limit in the decree. ' +
      DECREE_278_NOTE,
  },
  {
    id: 'planned-downtime-notice',
    article: 'Decree 47/2020 Art. 43.3',
    value: 7,
    unit: 'working_days',
    direction: 'before',
    effectiveFrom: DECREE_47_FROM,
    source: DECREE_47,
    description: {
      vi: 'Thông báo công khai trên cổng thông tin điện tử trước khi chủ động tạm ngừng dịch vụ để nâng cấp, mở rộng, bảo trì, kèm thời gian dự kiến phục hồi.',
      en: 'Announce on the web portal, with the expected time of recovery, before suspending the service for an upgrade, extension or maintenance.',
    },
    note:
      'Applies to suspensions under Art. 43.1a; a force-majeure suspension (Art. 43.4) needs a public ' +
      'notice in an appropriate form, with no fixed period. ' +
      DECREE_278_NOTE,
  },
  {
    id: 'open-data-catalogue-review',
    article: 'Decree 47/2020 Art. 20.3',
    value: 6,
    unit: 'months',
    direction: 'after',
    effectiveFrom: DECREE_47_FROM,
    effectiveTo: DAY_BEFORE_DECREE_194,
    source: DECREE_47,
    description: {
      vi: 'Rà soát, sửa đổi danh mục dữ liệu mở định kỳ, tối thiểu 6 tháng một lần (tính từ lần rà soát trước).',
      en: 'Review and amend the open-data catalogue periodically, at least every 6 months (from the previous review).',
    },
    note:
      'Decree 194/2025 repealed Art. 17–21 (DOMAIN.md); the practice continues under the Law on Data and ' +
      'provincial rules (e.g. Sóc Trăng every 3 months), which are not modelled here.',
  },
  {
    id: 'open-data-update',
    article: 'Decree 47/2020 Art. 20.3',
    value: 3,
    unit: 'months',
    direction: 'after',
    effectiveFrom: DECREE_47_FROM,
    effectiveTo: DAY_BEFORE_DECREE_194,
    source: DECREE_47,
    description: {
      vi: 'Cập nhật hoặc bổ sung (nếu có) dữ liệu mở đã công bố theo danh mục, kể từ thời điểm công bố.',
      en: 'Update or supplement (if needed) open data published under the catalogue, from the time of publication.',
    },
    note: 'Decree 194/2025 repealed Art. 17–21 (DOMAIN.md); the practice continues under the Law on Data.',
  },
]);
