// Public surface of `@chiase/schema/forms`: the official forms Mẫu số 1, 2 and 3 as XLSX and CSV.
// A separate entry point so that only users of the forms load exceljs.

export type { CatalogueFormInput } from './catalogue-form-rows';
export { formToCsv } from './form-csv';
export type { FormDefinition, FormField, FormId, FormTable, FormTableColumn } from './form-definition';
export { type FormDocument, type FormRow, type FormValues, fillForm } from './form-document';
export { FormInputError } from './form-input-error';
export { KIEN_GIANG_1647_SOURCE } from './form-source';
export { formToXlsx, writeFormXlsx } from './form-xlsx';
export { MAU_01_FOCAL_POINT_FORM } from './mau-01-focal-point-form';
export { mau01FromFocalPoint } from './mau-01-from-focal-point';
export { MAU_02_CATALOGUE_FORM } from './mau-02-catalogue-form';
export { mau02FromCatalogue } from './mau-02-from-catalogue';
export { mau03FromProposals } from './mau-03-from-proposals';
export { MAU_03_PROPOSAL_FORM } from './mau-03-proposal-form';
