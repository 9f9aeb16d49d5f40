// Public surface of @chiase/schema. Everything not listed here is private.

export { checkTaxCode, type TaxCode, taxCodeCheckDigit, taxCodeSchema } from './codes/tax-code';
export { ChiaseError, type ChiaseErrorOptions } from './errors/chiase-error';
export type { Language, LocalizedMessage } from './errors/localized-message';
export { ValidationError } from './errors/validation-error';
export { type CheckResult, failed, passed } from './validation/check-result';
export { checkedString } from './validation/checked-string';
export { toJsonPath } from './validation/json-path';
export { toValidationIssues, validate } from './validation/validate';
export type { ValidationIssue, ValidationResult } from './validation/validation-issue';

// --- codes (administrative units, agency e-ID, personal ID, ethnic groups) ---

// --- calendar and legal deadlines ---

// --- artefacts (Decree 47/2020) ---

// --- exports (JSON Schema, DCAT-AP, official forms) ---
