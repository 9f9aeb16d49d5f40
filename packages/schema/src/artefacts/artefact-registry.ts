import type * as z from 'zod';
import type { LocalizedMessage } from '../errors/localized-message';
import { ValidationError } from '../errors/validation-error';
import { validate } from '../validation/validate';
import type { ValidationResult } from '../validation/validation-issue';
import { connectionDecisionSchema } from './connection-decision';
import { connectionRequestSchema } from './connection-request';
import { dataAssessmentReportSchema } from './data-assessment-report';
import { databaseCatalogueEntrySchema } from './database-catalogue-entry';
import { disputeSchema } from './dispute';
import { distributionSchema } from './distribution';
import { focalPointSchema } from './focal-point';
import { openDatasetSchema } from './open-dataset';
import { serviceDescriptionSchema } from './service-description';
import { sharingAgreementSchema } from './sharing-agreement';
import { sharingLogEntrySchema } from './sharing-log-entry';

/**
 * Every Decree 47/2020 artefact Chiase models: its zod schema, its PascalCase name (the key of its
 * JSON Schema and of its OpenAPI component) and its name in both languages for messages.
 */
const artefacts = {
  'service-description': {
    schema: serviceDescriptionSchema,
    name: 'ServiceDescription',
    subject: { vi: 'Mô tả dịch vụ chia sẻ dữ liệu', en: 'Service description' },
  },
  'database-catalogue-entry': {
    schema: databaseCatalogueEntrySchema,
    name: 'DatabaseCatalogueEntry',
    subject: { vi: 'Mục danh mục cơ sở dữ liệu', en: 'Database catalogue entry' },
  },
  'open-dataset': {
    schema: openDatasetSchema,
    name: 'OpenDataset',
    subject: { vi: 'Tập dữ liệu mở', en: 'Open dataset' },
  },
  distribution: {
    schema: distributionSchema,
    name: 'Distribution',
    subject: { vi: 'Bản phân phối dữ liệu mở', en: 'Distribution' },
  },
  'focal-point': {
    schema: focalPointSchema,
    name: 'FocalPoint',
    subject: { vi: 'Đầu mối kết nối, chia sẻ dữ liệu', en: 'Focal point' },
  },
  'connection-request': {
    schema: connectionRequestSchema,
    name: 'ConnectionRequest',
    subject: { vi: 'Yêu cầu kết nối, khai thác dữ liệu', en: 'Connection request' },
  },
  'connection-decision': {
    schema: connectionDecisionSchema,
    name: 'ConnectionDecision',
    subject: { vi: 'Kết quả xử lý yêu cầu kết nối', en: 'Connection decision' },
  },
  'sharing-agreement': {
    schema: sharingAgreementSchema,
    name: 'SharingAgreement',
    subject: { vi: 'Nội dung thống nhất chia sẻ dữ liệu', en: 'Sharing agreement' },
  },
  'sharing-log-entry': {
    schema: sharingLogEntrySchema,
    name: 'SharingLogEntry',
    subject: { vi: 'Nhật ký chia sẻ dữ liệu', en: 'Sharing log entry' },
  },
  'data-assessment-report': {
    schema: dataAssessmentReportSchema,
    name: 'DataAssessmentReport',
    subject: { vi: 'Báo cáo kiểm tra, đánh giá dữ liệu', en: 'Data assessment report' },
  },
  dispute: {
    schema: disputeSchema,
    name: 'Dispute',
    subject: { vi: 'Vướng mắc về kết nối, chia sẻ dữ liệu', en: 'Dispute' },
  },
} as const satisfies Record<string, { schema: z.ZodType; name: string; subject: LocalizedMessage }>;

type Artefacts = typeof artefacts;

/** The kebab-case kind of an artefact, e.g. `service-description`. */
export type ArtefactKind = keyof Artefacts;

/** The PascalCase name of an artefact, e.g. `ServiceDescription`. */
export type ArtefactName = Artefacts[ArtefactKind]['name'];

/** The zod schema of an artefact kind. */
export type ArtefactSchema<K extends ArtefactKind> = Artefacts[K]['schema'];

/** The parsed value of an artefact kind. */
export type Artefact<K extends ArtefactKind> = z.output<ArtefactSchema<K>>;

/** Every artefact kind, in a stable order. */
export const artefactKinds = Object.keys(artefacts) as readonly ArtefactKind[];

/** True when `value` is a known artefact kind. */
export function isArtefactKind(value: unknown): value is ArtefactKind {
  return typeof value === 'string' && Object.hasOwn(artefacts, value);
}

/** The zod schema of an artefact kind. */
export function artefactSchema<K extends ArtefactKind>(kind: K): ArtefactSchema<K> {
  return artefacts[kind].schema;
}

/** The PascalCase name of an artefact kind (`service-description` → `ServiceDescription`). */
export function artefactName<K extends ArtefactKind>(kind: K): Artefacts[K]['name'] {
  return artefacts[kind].name;
}

/** The name of an artefact kind in Vietnamese and English, as used in messages. */
export function artefactSubject(kind: ArtefactKind): LocalizedMessage {
  return artefacts[kind].subject;
}

function unknownKind(kind: unknown): never {
  throw new RangeError(`Unknown artefact kind ${JSON.stringify(kind)}; known: ${artefactKinds.join(', ')}`);
}

/**
 * Validates `input` as an artefact of `kind` and returns the parsed value or every issue, each with
 * its JSONPath and a Vietnamese and English message. Never throws for invalid input; throws a
 * RangeError for an unknown kind (a programming error).
 */
export function validateArtefact<K extends ArtefactKind>(
  kind: K,
  input: unknown,
): ValidationResult<Artefact<K>> {
  if (!isArtefactKind(kind)) unknownKind(kind);
  return validate(artefacts[kind].schema, input) as ValidationResult<Artefact<K>>;
}

/** Parses `input` as an artefact of `kind`; throws a {@link ValidationError} listing every issue. */
export function parseArtefact<K extends ArtefactKind>(kind: K, input: unknown): Artefact<K> {
  const result = validateArtefact(kind, input);
  if (result.success) return result.data;
  throw new ValidationError({ subject: artefacts[kind].subject, issues: result.issues });
}
