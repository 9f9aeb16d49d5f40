// Public surface of @chiase/schema. Everything not listed here is private.

// --- core: errors and validation ---
export { ValidationError } from './errors/validation-error';
export { checkedString } from './validation/checked-string';
export { toJsonPath } from './validation/json-path';
export { toValidationIssues, validate } from './validation/validate';
export type { ValidationIssue, ValidationResult } from './validation/validation-issue';

// --- codes (tax code, agency e-ID, administrative units, personal ID, ethnic groups) and the
// error base class: everything in `@chiase/schema/codes`, which needs no zod, and their zod schemas ---
export * from './codes/index';
export { agencyIdSchema } from './codes/agency-id-schema';
export { communeCodeSchema } from './codes/commune-code-schema';
export { districtCodeSchema } from './codes/district-code-schema';
export { ethnicGroupCodeSchema, ethnicGroupSchema } from './codes/ethnic-group-schema';
export { personalIdSchema, personalIdWithBirthDateSchema } from './codes/personal-id-schema';
export { datedProvinceCodeSchema, provinceCodeSchema } from './codes/province-code-schema';
export { taxCodeSchema } from './codes/tax-code-schema';

// --- calendar and legal deadlines ---
export type { CalendarDateInput } from './calendar/calendar-day';
export { CalendarError, type CalendarErrorCode } from './calendar/calendar-error';
export {
  fromLunarDate,
  LUNAR_CALENDAR_YEARS,
  type LunarDate,
  lunarNewYearOf,
  toLunarDate,
} from './calendar/lunar-calendar';
export {
  type HolidayBasis,
  type HolidayOccasion,
  makeUpWorkingDaysOf,
  type PublicHoliday,
  publicHolidaysOf,
  WORKING_DAY_CALENDAR_YEARS,
} from './calendar/public-holidays';
export {
  createWorkingDayCalendar,
  type WorkingDayCalendar,
  type WorkingDayCalendarSettings,
} from './calendar/working-day-calendar';
export { type LegalDeadline, legalDeadline } from './deadlines/legal-deadline';
export { LEGAL_RULE_IDS, type LegalRule, type LegalRuleId } from './deadlines/legal-rule';
export { legalRuleAt, legalRuleVersions } from './deadlines/legal-rule-at';
export { LegalRuleError, type LegalRuleErrorCode } from './deadlines/legal-rule-error';
export { LEGAL_RULES } from './deadlines/legal-rule-table';

// --- artefacts (Decree 47/2020) ---
export {
  type Artefact,
  type ArtefactKind,
  type ArtefactName,
  type ArtefactSchema,
  artefactKinds,
  artefactName,
  artefactSchema,
  artefactSubject,
  isArtefactKind,
  parseArtefact,
  validateArtefact,
} from './artefacts/artefact-registry';
export {
  type ConnectionDecision,
  connectionAccountSchema,
  connectionDecisionSchema,
} from './artefacts/connection-decision';
export {
  accessFrequencySchema,
  type ConnectionRequest,
  connectionRequestSchema,
} from './artefacts/connection-request';
export { type DataAssessmentReport, dataAssessmentReportSchema } from './artefacts/data-assessment-report';
export {
  type DatabaseCatalogueEntry,
  databaseCatalogueEntrySchema,
  databaseLevelSchema,
  dataCategorySchema,
} from './artefacts/database-catalogue-entry';
export { type Dispute, disputeCategorySchema, disputeSchema, disputeStepSchema } from './artefacts/dispute';
export { type Distribution, distributionFormatSchema, distributionSchema } from './artefacts/distribution';
export { type FocalPoint, focalPointSchema } from './artefacts/focal-point';
export { type OpenDataset, openDatasetSchema, updateFrequencySchema } from './artefacts/open-dataset';
export type { AgencyReference } from './artefacts/parts/agency-reference';
export type { ConsumedDataValidity } from './artefacts/parts/consumed-data-validity';
export type { DataItem } from './artefacts/parts/data-item';
export type { ExchangeDataStructure } from './artefacts/parts/exchange-data-structure';
export type { FocalPointPerson } from './artefacts/parts/focal-point-person';
export type { LocalizedText } from './artefacts/parts/localized-text';
export type { PlannedDowntime } from './artefacts/parts/planned-downtime';
export type { ServiceCapacity } from './artefacts/parts/service-capacity';
export type { ServiceEndpoint } from './artefacts/parts/service-endpoint';
export { type SharingForm, sharingFormSchema } from './artefacts/parts/sharing-form';
export { type SharingMethod, sharingMethodSchema } from './artefacts/parts/sharing-method';
export type { TechnicalDocument } from './artefacts/parts/technical-document';
export {
  type ServiceDescription,
  serviceDescriptionSchema,
  serviceStatusSchema,
} from './artefacts/service-description';
export { type SharingAgreement, sharingAgreementSchema } from './artefacts/sharing-agreement';
export { type SharingLogEntry, sharingLogEntrySchema } from './artefacts/sharing-log-entry';

// --- exports (JSON Schema, DCAT-AP 3); the forms are in `@chiase/schema/forms` (it loads exceljs) ---
export type { AgentInput } from './export/dcat/agent-node';
export type { ContactInput } from './export/dcat/contact-point-node';
export {
  DCAT_AP_3_MANDATORY_PROPERTIES,
  type DcatClass,
  isDcatClass,
} from './export/dcat/dcat-ap-mandatory-properties';
export type { DcatCatalogInfo, DcatCatalogInput } from './export/dcat/dcat-catalog-input';
export { DCAT_CONTEXT } from './export/dcat/dcat-context';
export { DcatExportError } from './export/dcat/dcat-export-error';
export type { JsonLdNode, JsonLdValue } from './export/dcat/json-ld-node';
export type { BilingualText } from './export/dcat/json-ld-values';
export { type DcatCatalogDocument, toDcatCatalog } from './export/dcat/to-dcat-catalog';
export {
  type ArtefactJsonSchemaOptions,
  artefactJsonSchemas,
  type JsonSchema,
} from './export/json-schema';
