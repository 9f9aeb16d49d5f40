import { type CatalogueFormInput, catalogueFormValues } from './catalogue-form-rows';
import { type FormDocument, fillForm } from './form-document';
import { MAU_02_CATALOGUE_FORM } from './mau-02-catalogue-form';

/**
 * Fills Mẫu số 2 with the agency's shared databases (Decree 47/2020 Art. 11.4 a–d, one row each)
 * and the open data it publishes. A database's categories list, per category of user, whether the
 * data is open, shared by default or on request (the form's footnote **).
 */
export function mau02FromCatalogue(input: CatalogueFormInput): FormDocument {
  return fillForm(MAU_02_CATALOGUE_FORM, catalogueFormValues(input));
}
