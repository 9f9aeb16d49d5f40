import type { SharingUsageLine } from '@chiase/provider';
import type { LocalizedMessage } from '@chiase/schema';

type Message = LocalizedMessage;

/**
 * Every text the `chiase` command prints, in Vietnamese and English. Help texts are here too, so that
 * `--lang vi` gives a Vietnamese `--help`. Errors from the Chiase packages bring their own texts.
 */
export const MESSAGES = {
  // --- the program ---
  programDescription: {
    vi: 'Công cụ Chiase: kiểm tra hồ sơ theo Nghị định 47/2020, xuất biểu mẫu và DCAT, đăng ký dịch vụ lên cổng LGSP/NGSP, chạy cổng giả lập, chẩn đoán kết nối.',
    en: 'Chiase tools: check Decree 47/2020 artefacts, export forms and DCAT, register services on an LGSP/NGSP gateway, run the mock gateway, diagnose a connection.',
  },
  programHelpAfter: {
    vi: `
Mã thoát: 0 thành công; 1 dữ liệu không hợp lệ hoặc lệnh thất bại; 2 sai cú pháp lệnh.
Biến môi trường: CHIASE_GATEWAY_URL, CHIASE_CONSUMER_KEY, CHIASE_CONSUMER_SECRET, CHIASE_PROFILE,
CHIASE_LOG_LEVEL (cấu hình cổng); LANG, LC_ALL (ngôn ngữ).

Ví dụ:
  chiase validate mo-ta-dich-vu.json --kind service-description
  chiase mock-gateway --port 4010
  chiase doctor`,
    en: `
Exit status: 0 success; 1 invalid input or failed command; 2 usage error.
Environment: CHIASE_GATEWAY_URL, CHIASE_CONSUMER_KEY, CHIASE_CONSUMER_SECRET, CHIASE_PROFILE,
CHIASE_LOG_LEVEL (gateway settings); LANG, LC_ALL (language).

Examples:
  chiase validate service.json --kind service-description
  chiase mock-gateway --port 4010
  chiase doctor`,
  },
  langOption: {
    vi: 'ngôn ngữ thông báo: vi hoặc en (mặc định theo LANG/LC_ALL)',
    en: 'message language: vi or en (default from LANG/LC_ALL)',
  },
  jsonOption: {
    vi: 'in kết quả dạng JSON cho máy đọc (một tài liệu JSON trên stdout)',
    en: 'print machine-readable JSON (one JSON document on stdout)',
  },
  versionOption: { vi: 'in phiên bản', en: 'print the version' },
  helpOption: { vi: 'in hướng dẫn sử dụng', en: 'print help' },
  helpCommand: { vi: 'in hướng dẫn của một lệnh', en: 'print help for a command' },
  usageHint: (command: string): Message => ({
    vi: `Chạy \`${command} --help\` để xem cách dùng.`,
    en: `Run \`${command} --help\` for usage.`,
  }),
  usageError: (detail: Message): Message => ({
    vi: `Lệnh không đúng cú pháp: ${detail.vi}`,
    en: `Usage error: ${detail.en}`,
  }),
  noCommand: { vi: 'chưa chọn lệnh nào', en: 'no command given' },
  unknownOption: (name: string): Message => ({
    vi: `không có tuỳ chọn ${name}`,
    en: `unknown option ${name}`,
  }),
  unknownCommand: (name: string): Message => ({ vi: `không có lệnh ${name}`, en: `unknown command ${name}` }),
  missingArgument: (name: string): Message => ({
    vi: `thiếu đối số bắt buộc ${name}`,
    en: `missing required argument ${name}`,
  }),
  optionMissingValue: (name: string): Message => ({
    vi: `tuỳ chọn ${name} thiếu giá trị`,
    en: `option ${name} needs a value`,
  }),
  missingOption: (name: string): Message => ({
    vi: `thiếu tuỳ chọn bắt buộc ${name}`,
    en: `required option ${name} not given`,
  }),
  excessArguments: { vi: 'thừa đối số', en: 'too many arguments' },
  invalidLanguage: (value: string): Message => ({
    vi: `--lang "${value}" không hợp lệ; dùng vi hoặc en`,
    en: `--lang "${value}" is not valid; use vi or en`,
  }),
  unexpectedError: (detail: string): Message => ({
    vi: `Lỗi không mong đợi: ${detail}. Hãy báo lỗi này cho nhóm phát triển Chiase.`,
    en: `Unexpected error: ${detail}. Please report it to the Chiase developers.`,
  }),
  errorPrefix: { vi: 'Lỗi', en: 'Error' },
  requestId: (id: string): Message => ({ vi: `Mã yêu cầu: ${id}`, en: `Request id: ${id}` }),

  // --- publish-csv ---
  publishCsvDescription: {
    vi: 'kiểm tra một sổ đăng ký CSV/Excel và công bố thành dữ liệu mở trên cổng',
    en: 'check a CSV/Excel register and publish it as open data on the gateway',
  },
  publishCsvFileArgument: { vi: 'tệp CSV hoặc XLSX', en: 'the CSV or XLSX file' },
  publishCsvDatasetOption: { vi: 'mã tập dữ liệu mở trên cổng', en: 'the open dataset id on the gateway' },
  publishCsvSchemaOption: {
    vi: 'lược đồ dữ liệu (JSON: các cột, kiểu, định dạng)',
    en: 'the dataset schema (JSON: columns, types, formats)',
  },
  publishCsvMetadataOption: {
    vi: 'mô tả tập dữ liệu (JSON), cần khi cổng chưa có tập dữ liệu',
    en: "the dataset's description (JSON), needed when the gateway does not hold the dataset yet",
  },
  publishCsvDistributionOption: {
    vi: 'mã bản phân phối (mặc định csv)',
    en: 'the distribution id (default csv)',
  },
  publishCsvLicenseOption: { vi: 'URL giấy phép sử dụng dữ liệu', en: "the data's licence URL" },
  publishCsvEncodingOption: {
    vi: 'bảng mã của tệp: utf-8, utf-16le, utf-16be, windows-1258, tcvn3, vni (mặc định: tự nhận biết)',
    en: "the file's encoding: utf-8, utf-16le, utf-16be, windows-1258, tcvn3, vni (default: detected)",
  },
  publishCsvMaxErrorsOption: {
    vi: 'dừng, không công bố gì, khi số dòng lỗi vượt quá n',
    en: 'stop, publishing nothing, after more than n invalid rows',
  },
  publishCsvMaxErrorRateOption: {
    vi: 'dừng, không công bố gì, khi tỷ lệ dòng lỗi vượt quá (0–1)',
    en: 'stop, publishing nothing, when the share of invalid rows exceeds this (0–1)',
  },
  publishCsvThreadsOption: {
    vi: '1: kiểm tra trên một luồng (ít bộ nhớ hơn); 2: thêm một luồng kiểm tra nửa sau của tệp (mặc định: 2 với tệp CSV từ 8 MiB)',
    en: "1: validate on one thread (less memory); 2: a second thread validates the file's second half (default: 2 for CSV files of 8 MiB or more)",
  },
  badThreadsFlag: (value: string): Message => ({
    vi: `--threads nhận 1 hoặc 2, không phải "${value}"`,
    en: `--threads takes 1 or 2, not "${value}"`,
  }),
  publishCsvErrorReportOption: {
    vi: 'nơi ghi báo cáo lỗi (mặc định: <tệp>.errors.csv)',
    en: 'where the error report goes (default: <file>.errors.csv)',
  },
  publishCsvTableOption: {
    vi: 'nạp các dòng hợp lệ vào bảng này (thay toàn bộ nội dung cũ)',
    en: 'also load the valid rows into this table (its old rows replaced)',
  },
  publishCsvDatabaseOption: {
    vi: 'CSDL của --table: URL postgres:// hoặc thư mục PGlite (mặc định .chiase/data)',
    en: 'the database of --table: a postgres:// URL or a PGlite directory (default .chiase/data)',
  },
  csvTableLoaded: (rows: number, table: string): Message => ({
    vi: `Đã nạp ${rows} dòng vào bảng ${table}.`,
    en: `Loaded ${rows} rows into table ${table}.`,
  }),
  badNumberFlag: (flag: string, value: string): Message => ({
    vi: `${flag} cần một số hợp lệ, không phải "${value}"`,
    en: `${flag} needs a valid number, not "${value}"`,
  }),
  csvPublished: (dataset: string, valid: number, invalid: number, sha256: string): Message => ({
    vi: `Đã công bố ${dataset}: ${valid} dòng, ${invalid} dòng lỗi bị loại (sha256 ${sha256}).`,
    en: `Published ${dataset}: ${valid} rows, ${invalid} invalid rows left out (sha256 ${sha256}).`,
  }),
  csvUnchanged: (dataset: string, sha256: string): Message => ({
    vi: `${dataset} không đổi: cổng đã có đúng tệp này (sha256 ${sha256}); không công bố lại.`,
    en: `${dataset} is unchanged: the gateway already holds this exact file (sha256 ${sha256}); nothing published.`,
  }),
  csvErrorReport: (path: string): Message => ({ vi: `Báo cáo lỗi: ${path}`, en: `Error report: ${path}` }),

  // --- files ---
  fileNotFound: (file: string): Message => ({
    vi: `không tìm thấy tệp ${file}`,
    en: `file ${file} does not exist`,
  }),
  notAFile: (file: string): Message => ({ vi: `${file} không phải là tệp`, en: `${file} is not a file` }),
  fileUnreadable: (file: string, reason: string): Message => ({
    vi: `không đọc được tệp ${file} (${reason})`,
    en: `cannot read file ${file} (${reason})`,
  }),
  fileUnwritable: (file: string, reason: string): Message => ({
    vi: `không ghi được tệp ${file} (${reason})`,
    en: `cannot write file ${file} (${reason})`,
  }),

  // --- validate ---
  validateDescription: {
    vi: 'kiểm tra một tệp JSON theo lược đồ hồ sơ của Nghị định 47/2020',
    en: 'check a JSON file against the schema of a Decree 47/2020 artefact',
  },
  validateFileArgument: { vi: 'tệp JSON cần kiểm tra', en: 'the JSON file to check' },
  kindOption: (kinds: readonly string[]): Message => ({
    vi: `loại hồ sơ: ${kinds.join(', ')}`,
    en: `the artefact kind: ${kinds.join(', ')}`,
  }),
  unknownKind: (kind: string, kinds: readonly string[]): Message => ({
    vi: `loại hồ sơ "${kind}" không có; chọn một trong: ${kinds.join(', ')}`,
    en: `unknown artefact kind "${kind}"; use one of: ${kinds.join(', ')}`,
  }),
  valid: (file: string, subject: Message): Message => ({
    vi: `${file}: ${subject.vi} hợp lệ.`,
    en: `${file}: valid ${subject.en.toLowerCase()}.`,
  }),
  invalid: (file: string, subject: Message, count: number): Message => ({
    vi: `${file}: ${subject.vi} không hợp lệ, ${count} lỗi:`,
    en: `${file}: invalid ${subject.en.toLowerCase()}, ${count} problem${count === 1 ? '' : 's'}:`,
  }),

  // --- forms export ---
  formsDescription: { vi: 'biểu mẫu chính thức (Mẫu số 1, 2, 3)', en: 'the official forms (Mẫu số 1, 2, 3)' },
  formsExportDescription: {
    vi: 'xuất Mẫu số 01 (đầu mối), 02 (danh mục CSDL, dữ liệu mở) hoặc 03 (đề xuất) ra XLSX hoặc CSV',
    en: 'export Mẫu số 01 (focal point), 02 (database catalogue, open data) or 03 (proposal) as XLSX or CSV',
  },
  formOption: { vi: 'mẫu: 01, 02 hoặc 03', en: 'the form: 01, 02 or 03' },
  outOption: {
    vi: 'tệp kết quả; .xlsx hoặc .csv (theo phần mở rộng)',
    en: 'the output file; .xlsx or .csv (by extension)',
  },
  formInputOption: {
    vi: 'dữ liệu điền mẫu (JSON): mẫu 01 là một đầu mối (focal-point); mẫu 02, 03 là { agency, contact?, databases?, openDatasets? }. Không có thì xuất mẫu trống',
    en: 'values to fill in (JSON): a focal point for 01; { agency, contact?, databases?, openDatasets? } for 02 and 03. Without it the form is blank',
  },
  unknownForm: (form: string): Message => ({
    vi: `mẫu "${form}" không có; chọn 01, 02 hoặc 03`,
    en: `unknown form "${form}"; use 01, 02 or 03`,
  }),
  unknownOutputFormat: (file: string): Message => ({
    vi: `không biết định dạng của ${file}; dùng phần mở rộng .xlsx hoặc .csv`,
    en: `cannot tell the format of ${file}; use the extension .xlsx or .csv`,
  }),
  formInputSubject: { vi: 'Dữ liệu điền biểu mẫu', en: 'Form input' },
  formWritten: (label: string, file: string): Message => ({
    vi: `Đã ghi ${label} vào ${file}.`,
    en: `Wrote ${label} to ${file}.`,
  }),

  // --- dcat export ---
  dcatDescription: { vi: 'danh mục DCAT-AP 3', en: 'the DCAT-AP 3 catalogue' },
  dcatExportDescription: {
    vi: 'xuất danh mục dữ liệu mở và dịch vụ ra DCAT-AP 3 (JSON-LD)',
    en: 'export open datasets and services as a DCAT-AP 3 catalogue (JSON-LD)',
  },
  dcatOutOption: { vi: 'tệp JSON-LD kết quả', en: 'the JSON-LD file to write' },
  dcatInputOption: {
    vi: 'tệp JSON { catalog, datasets?, dataServices?, gatewayBaseUrl? }',
    en: 'a JSON file { catalog, datasets?, dataServices?, gatewayBaseUrl? }',
  },
  dcatInputSubject: { vi: 'Dữ liệu xuất DCAT', en: 'DCAT export input' },
  dcatWritten: (file: string, datasets: number, services: number): Message => ({
    vi: `Đã ghi danh mục DCAT-AP (${datasets} tập dữ liệu, ${services} dịch vụ) vào ${file}.`,
    en: `Wrote the DCAT-AP catalogue (${datasets} dataset${datasets === 1 ? '' : 's'}, ${services} service${services === 1 ? '' : 's'}) to ${file}.`,
  }),

  // --- mock gateway ---
  mockGatewayDescription: {
    vi: 'chạy cổng LGSP/NGSP giả lập trên máy này (dừng bằng Ctrl+C)',
    en: 'run the mock LGSP/NGSP gateway on this machine (stop with Ctrl+C)',
  },
  portOption: {
    vi: 'cổng TCP (mặc định 4010; 0 để tự chọn cổng trống)',
    en: 'TCP port (default 4010; 0 picks a free one)',
  },
  seedOption: {
    vi: 'hạt giống của dữ liệu mẫu và lỗi giả lập (mặc định 1)',
    en: 'seed of fixtures and simulated faults (default 1)',
  },
  invalidInteger: (option: string, value: string, range: string): Message => ({
    vi: `${option} "${value}" không hợp lệ; cần số nguyên ${range}`,
    en: `${option} "${value}" is not valid; expected an integer ${range}`,
  }),
  mockGatewayListening: (url: string): Message => ({
    vi: `Cổng giả lập Chiase đang chạy tại ${url}`,
    en: `Chiase mock gateway listening on ${url}`,
  }),
  mockGatewayCredentials: (key: string, secret: string): Message => ({
    vi: `Tài khoản kết nối thử nghiệm: khoá ${key}, mật khẩu ${secret}`,
    en: `Demo connection account: consumer key ${key}, consumer secret ${secret}`,
  }),
  mockGatewayEnvHint: {
    vi: 'Đặt các biến môi trường sau để dùng với các lệnh khác:',
    en: 'Set these environment variables to use it with the other commands:',
  },
  mockGatewayStop: { vi: 'Nhấn Ctrl+C để dừng.', en: 'Press Ctrl+C to stop.' },
  mockGatewayStopped: { vi: 'Đã dừng cổng giả lập.', en: 'Mock gateway stopped.' },

  // --- gateway settings ---
  gatewayUrlOption: {
    vi: 'URL cổng LGSP/NGSP (biến môi trường CHIASE_GATEWAY_URL)',
    en: 'the LGSP/NGSP gateway URL (env CHIASE_GATEWAY_URL)',
  },
  consumerKeyOption: {
    vi: 'khoá tài khoản kết nối (CHIASE_CONSUMER_KEY)',
    en: 'the consumer key (env CHIASE_CONSUMER_KEY)',
  },
  consumerSecretOption: {
    vi: 'mật khẩu tài khoản kết nối (CHIASE_CONSUMER_SECRET; nên dùng biến môi trường)',
    en: 'the consumer secret (env CHIASE_CONSUMER_SECRET; prefer the variable)',
  },
  profileOption: (names: readonly string[]): Message => ({
    vi: `hồ sơ cổng: ${names.join(', ')} (CHIASE_PROFILE; mặc định reference)`,
    en: `the gateway profile: ${names.join(', ')} (env CHIASE_PROFILE; default reference)`,
  }),

  caOption: {
    vi: 'tệp chứng thư CA (PEM) cần tin cậy thêm, ví dụ CA của cổng tỉnh',
    en: "a CA certificate file (PEM) to trust besides the system roots, e.g. the gateway operator's CA",
  },

  // --- services ---
  servicesDescription: {
    vi: 'danh mục dịch vụ chia sẻ dữ liệu trên cổng',
    en: 'the catalogue of data-sharing services on the gateway',
  },
  servicesPushDescription: {
    vi: 'kiểm tra rồi đăng ký (hoặc cập nhật) một mô tả dịch vụ lên cổng',
    en: 'check, then register (or update) a service description on the gateway',
  },
  servicesPushFileArgument: {
    vi: 'tệp JSON mô tả dịch vụ (service-description)',
    en: 'the service description JSON file',
  },
  servicesListDescription: {
    vi: 'liệt kê các dịch vụ trong danh mục của cổng',
    en: 'list the services in the gateway catalogue',
  },
  agencyOption: {
    vi: 'chỉ dịch vụ của cơ quan có mã định danh này',
    en: 'only services of the agency with this e-ID',
  },
  searchOption: { vi: 'tìm theo tên, mô tả', en: 'search names and descriptions' },
  serviceRegistered: (id: string, etag: string): Message => ({
    vi: `Đã đăng ký dịch vụ ${id} (ETag ${etag}).`,
    en: `Registered service ${id} (ETag ${etag}).`,
  }),
  serviceUpdated: (id: string, etag: string): Message => ({
    vi: `Đã cập nhật dịch vụ ${id} (ETag ${etag}).`,
    en: `Updated service ${id} (ETag ${etag}).`,
  }),
  servicesNone: { vi: 'Danh mục chưa có dịch vụ nào.', en: 'The catalogue has no services.' },
  servicesCount: (count: number): Message => ({
    vi: `${count} dịch vụ.`,
    en: `${count} service${count === 1 ? '' : 's'}.`,
  }),

  // --- doctor ---
  doctorDescription: {
    vi: 'chẩn đoán kết nối tới cổng: URL, lấy token, lệch đồng hồ, chuỗi chứng thư TLS',
    en: 'diagnose the gateway connection: URL, token, clock skew, TLS certificate chain',
  },
  checkPassed: { vi: 'ĐẠT', en: 'OK' },
  checkFailed: { vi: 'LỖI', en: 'FAIL' },
  checkWarning: { vi: 'CẢNH BÁO', en: 'WARN' },
  checkSkipped: { vi: 'BỎ QUA', en: 'SKIP' },
  fixPrefix: { vi: 'Cách khắc phục', en: 'To fix' },
  doctorAllPassed: { vi: 'Mọi kiểm tra đều đạt.', en: 'All checks passed.' },
  doctorFailed: (count: number): Message => ({
    vi: `${count} kiểm tra không đạt.`,
    en: `${count} check${count === 1 ? '' : 's'} failed.`,
  }),

  // --- sharing log ---
  logDescription: {
    vi: 'nhật ký chia sẻ dữ liệu của hệ thống cung cấp (Nghị định 47/2020, Điều 45): kiểm tra toàn vẹn, báo cáo sử dụng',
    en: "the provider's data-sharing log (Decree 47/2020 Art. 45): integrity check, usage report",
  },
  logVerifyDescription: {
    vi: `kiểm tra chuỗi băm của nhật ký: phát hiện bản ghi bị sửa, xoá, chèn hoặc đảo thứ tự và chỉ ra bản ghi hỏng đầu tiên (khoá HMAC, nếu có, lấy từ biến môi trường CHIASE_SHARING_LOG_KEY); mã thoát 0 nguyên vẹn, 1 bị thay đổi`,
    en: 'check the hash chain of the log: finds modified, deleted, inserted or reordered entries and names the first bad one (the HMAC key, if any, from CHIASE_SHARING_LOG_KEY); exit 0 intact, 1 changed',
  },
  logUsageDescription: {
    vi: 'thống kê sử dụng theo cơ quan khai thác, dịch vụ và mục đích trong một khoảng ngày, cho báo cáo đánh giá hằng năm (Điều 16.2)',
    en: 'usage per consumer, service and purpose over a period of days, for the annual assessment (Art. 16.2)',
  },
  logDatabaseOption: {
    vi: 'CSDL chứa nhật ký: URL postgres:// hoặc thư mục PGlite',
    en: 'the database holding the log: a postgres:// URL or a PGlite folder',
  },
  logExpectedHeadOption: {
    vi: 'bản ghi cuối đã biết từ bên ngoài CSDL (vd. in trong báo cáo năm trước), dạng <số thứ tự>:<mã băm>; để phát hiện việc xoá bản ghi ở cuối',
    en: "the last entry known from outside the database (e.g. printed in last year's report), as <seq>:<hash>; detects entries removed from the end",
  },
  logFromOption: { vi: 'ngày đầu (giờ Việt Nam), YYYY-MM-DD', en: 'first day (Vietnam time), YYYY-MM-DD' },
  logToOption: {
    vi: 'ngày cuối, tính cả ngày này, YYYY-MM-DD',
    en: 'last day, included, YYYY-MM-DD',
  },
  logOutOption: { vi: 'ghi báo cáo ra tệp CSV', en: 'write the report to a CSV file' },
  logMissing: (database: string): Message => ({
    vi: `CSDL ${database} không có nhật ký chia sẻ (bảng chiase_sharing_log). Kiểm tra --database: đó phải là CSDL của hệ thống cung cấp.`,
    en: `Database ${database} holds no sharing log (table chiase_sharing_log). Check --database: it must be the provider's database.`,
  }),
  logIntact: (entries: number, head: { seq: number; entryHash: string } | undefined): Message =>
    head === undefined
      ? { vi: 'Nhật ký chia sẻ trống.', en: 'The sharing log is empty.' }
      : {
          vi: `Nhật ký chia sẻ nguyên vẹn: ${entries} bản ghi. Bản ghi cuối: ${head.seq}:${head.entryHash} (hãy lưu giá trị này ở ngoài CSDL để lần sau dùng với --expected-head).`,
          en: `The sharing log is intact: ${entries} entr${entries === 1 ? 'y' : 'ies'}. Last entry: ${head.seq}:${head.entryHash} (keep this outside the database and pass it as --expected-head next time).`,
        },
  logBroken: (seq: number, problem: string, detail: LocalizedMessage): Message => ({
    vi: `Nhật ký chia sẻ đã bị thay đổi: bản ghi hỏng đầu tiên là số ${seq} (${problem}). ${detail.vi}`,
    en: `The sharing log was changed: the first bad entry is #${seq} (${problem}). ${detail.en}`,
  }),
  logUsageWritten: (file: string, lines: number): Message => ({
    vi: `Đã ghi báo cáo sử dụng (${lines} dòng) vào ${file}.`,
    en: `Wrote the usage report (${lines} line${lines === 1 ? '' : 's'}) to ${file}.`,
  }),
  logUsageEmpty: (from: string, to: string): Message => ({
    vi: `Không có yêu cầu nào từ ${from} đến ${to}.`,
    en: `No requests from ${from} to ${to}.`,
  }),
  logUsageLine: (l: SharingUsageLine): Message => ({
    vi: `${l.consumerId ?? '(chưa xác thực)'} · ${l.serviceId} · ${l.purpose ?? '(không ghi mục đích)'}: ${l.requests} yêu cầu, ${l.fulfilled} đáp ứng, ${l.refused} từ chối, ${l.failed} lỗi, ${l.records} bản ghi`,
    en: `${l.consumerId ?? '(unauthenticated)'} · ${l.serviceId} · ${l.purpose ?? '(no purpose recorded)'}: ${l.requests} request${l.requests === 1 ? '' : 's'}, ${l.fulfilled} met, ${l.refused} refused, ${l.failed} failed, ${l.records} records`,
  }),

  // --- connection requests ---
  requestsDescription: {
    vi: 'yêu cầu kết nối tới các dịch vụ của cơ quan (Nghị định 47/2020, Điều 35, 40): xem, chấp nhận, từ chối',
    en: "connection requests to the agency's services (Decree 47/2020 Art. 35, 40): list, accept, refuse",
  },
  requestsListDescription: {
    vi: 'các yêu cầu đang chờ, hạn trả lời gần nhất trước (2 ngày làm việc theo Nghị định 194/2025), đánh dấu yêu cầu quá hạn',
    en: 'pending requests, nearest deadline first (2 working days under Decree 194/2025), overdue ones flagged',
  },
  requestsAgencyOption: {
    vi: 'mã định danh của cơ quan cung cấp (vd. H12.01)',
    en: "the providing agency's e-ID (e.g. H12.01)",
  },
  requestsAcceptDescription: {
    vi: 'chấp nhận: cấp quyền khai thác trong CSDL của hệ thống cung cấp rồi ghi quyết định và tài khoản kết nối lên cổng (Điều 35.3, 40)',
    en: "accept: grant the rights in the provider's database, then record the decision and the connection account at the gateway (Art. 35.3, 40)",
  },
  requestsRefuseDescription: {
    vi: 'từ chối, nêu lý do và căn cứ pháp lý (Điều 35.3; Nghị định 194/2025)',
    en: 'refuse, with the reasons and the legal basis (Art. 35.3; Decree 194/2025)',
  },
  requestIdArgument: { vi: 'mã yêu cầu kết nối trên cổng', en: 'the connection request id at the gateway' },
  requestsAccountOption: {
    vi: 'tài khoản kết nối cấp cho bên khai thác (mã ứng dụng trên cổng)',
    en: "the consumer's connection account (its application key at the gateway)",
  },
  requestsDatabaseOption: {
    vi: 'CSDL quyền khai thác của hệ thống cung cấp: URL postgres:// hoặc thư mục PGlite',
    en: "the provider's access-rights database: a postgres:// URL or a PGlite folder",
  },
  requestsItemsOption: {
    vi: 'các mục tin được chấp nhận, cách nhau bởi dấu phẩy (mặc định: các mục tin được yêu cầu)',
    en: 'the items granted, comma-separated (default: the items requested)',
  },
  requestsRowFilterOption: {
    vi: 'chỉ chia sẻ bản ghi có <mục tin>=<giá trị>; lặp lại được',
    en: 'share only records where <item>=<value>; repeatable',
  },
  requestsPerMinuteOption: { vi: 'hạn mức yêu cầu mỗi phút', en: 'requests allowed per minute' },
  requestsPerDayOption: { vi: 'hạn mức yêu cầu mỗi ngày', en: 'requests allowed per day' },
  requestsValidUntilOption: {
    vi: 'ngày cuối cùng tài khoản còn hiệu lực, YYYY-MM-DD',
    en: 'the last day the account works, YYYY-MM-DD',
  },
  requestsReasonOption: { vi: 'lý do từ chối; lặp lại được', en: 'a reason for the refusal; repeatable' },
  requestsLegalBasisOption: {
    vi: 'căn cứ pháp lý, dạng "<văn bản>#<điều khoản>"; lặp lại được',
    en: 'the legal basis, as "<document>#<provision>"; repeatable',
  },
  requestsNone: (agency: string): Message => ({
    vi: `Không có yêu cầu kết nối nào đang chờ ${agency} trả lời.`,
    en: `No connection request is waiting for ${agency}.`,
  }),
  requestDue: (dueDate: string, overdue: boolean): Message => ({
    vi: overdue ? `QUÁ HẠN (hạn ${dueDate})` : `hạn ${dueDate}`,
    en: overdue ? `OVERDUE (due ${dueDate})` : `due ${dueDate}`,
  }),
  requestsCount: (count: number, overdue: number): Message => ({
    vi: `${count} yêu cầu đang chờ${overdue > 0 ? `, ${overdue} quá hạn` : ''}.`,
    en: `${count} pending request${count === 1 ? '' : 's'}${overdue > 0 ? `, ${overdue} overdue` : ''}.`,
  }),
  requestAlreadyDecided: (id: string, status: string): Message => ({
    vi: `Yêu cầu ${id} đã có quyết định (${status}); không thể quyết định lại.`,
    en: `Request ${id} is already decided (${status}); it cannot be decided again.`,
  }),
  requestAccepted: (id: string, consumer: string, items: readonly string[], late: boolean): Message => ({
    vi: `Đã chấp nhận yêu cầu ${id}: ${consumer} được khai thác ${items.join(', ')}.${late ? ' Lưu ý: quyết định sau thời hạn (Điều 35.3).' : ''}`,
    en: `Accepted request ${id}: ${consumer} may use ${items.join(', ')}.${late ? ' Note: decided after the deadline (Art. 35.3).' : ''}`,
  }),
  requestRefused: (id: string, consumer: string, late: boolean): Message => ({
    vi: `Đã từ chối yêu cầu ${id} của ${consumer}.${late ? ' Lưu ý: quyết định sau thời hạn (Điều 35.3).' : ''}`,
    en: `Refused request ${id} from ${consumer}.${late ? ' Note: decided after the deadline (Art. 35.3).' : ''}`,
  }),

  // --- progress ---
  progressRows: (rows: string): Message => ({ vi: `${rows} dòng`, en: `${rows} rows` }),
  progressRate: (rate: string): Message => ({ vi: `${rate} dòng/giây`, en: `${rate} rows/s` }),
  progressEta: (eta: string): Message => ({ vi: `còn ${eta}`, en: `ETA ${eta}` }),
  progressDone: (rows: string, seconds: string): Message => ({
    vi: `Xong: ${rows} dòng trong ${seconds}.`,
    en: `Done: ${rows} rows in ${seconds}.`,
  }),
} as const;
