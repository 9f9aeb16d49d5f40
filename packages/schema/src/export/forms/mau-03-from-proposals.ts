import { type CatalogueFormInput, catalogueFormValues } from './catalogue-form-rows';
import { type FormDocument, fillForm } from './form-document';
import { MAU_03_PROPOSAL_FORM } from './mau-03-proposal-form';

/**
 * Fills Mẫu số 3, the proposal of an agency that has no shared database or open data yet: the
 * databases it proposes to build and the open data it proposes to publish, in the same rows as
 * Mẫu số 2.
 */
export function mau03FromProposals(input: CatalogueFormInput): FormDocument {
  return fillForm(MAU_03_PROPOSAL_FORM, catalogueFormValues(input));
}
