import type { ValidationIssue } from '@chiase/schema';

/**
 * Strict mode's check of a decoded 2xx body against the contract's schema of that name
 * (`ServiceEntry`, `ServiceEntryPage`…). Returns every mismatch, each with its JSONPath; an empty
 * list when the body conforms. A schema name it does not know must return an empty list.
 */
export type ResponseValidator = (schemaName: string, body: unknown) => readonly ValidationIssue[];
