import {
  artefactSubject,
  databaseCatalogueEntrySchema,
  focalPointSchema,
  openDatasetSchema,
  ValidationError,
  validate,
  validateArtefact,
} from '@chiase/schema';
import type { CatalogueFormInput, FormDocument } from '@chiase/schema/forms';
import * as z from 'zod';
import { CliUsageError } from '../errors/cli-usage-error';
import { MESSAGES } from '../messages/cli-messages';

/** The forms `--form` names: Mẫu số 01, 02 and 03 of Decision 1647 (Kiên Giang), after Decree 47/2020. */
export const FORM_NUMBERS = ['01', '02', '03'] as const;

/** A form number given to `--form`. */
export type FormNumber = (typeof FORM_NUMBERS)[number];

/** The input of Mẫu số 02 and 03, checked with the artefact schemas of its parts. */
const catalogueFormInputSchema = z.strictObject({
  agency: focalPointSchema.shape.agency,
  contact: databaseCatalogueEntrySchema.shape.contact.optional(),
  databases: z.array(databaseCatalogueEntrySchema).optional(),
  openDatasets: z.array(openDatasetSchema).optional(),
});

/** The form number given to `--form` (`1` and `01` alike), or a usage error. */
export function formNumberOption(value: string): FormNumber {
  const padded = value.trim().padStart(2, '0');
  const found = FORM_NUMBERS.find((n) => n === padded);
  if (found === undefined) {
    throw new CliUsageError({ code: 'cli.unknown_form', message: MESSAGES.unknownForm(value) });
  }
  return found;
}

/**
 * The form filled from `input` (a focal point for 01; `{ agency, contact?, databases?, openDatasets? }`
 * for 02 and 03), or blank when there is no input.
 * @throws ValidationError listing every problem of the input with its JSON path.
 */
export async function formDocument(form: FormNumber, input: unknown): Promise<FormDocument> {
  // Loaded on use: `@chiase/schema/forms` brings exceljs (~30 MB), which no other command needs.
  const forms = await import('@chiase/schema/forms');
  if (input === undefined) {
    const definitions = {
      '01': forms.MAU_01_FOCAL_POINT_FORM,
      '02': forms.MAU_02_CATALOGUE_FORM,
      '03': forms.MAU_03_PROPOSAL_FORM,
    } as const;
    return forms.fillForm(definitions[form], {});
  }
  if (form === '01') {
    const result = validateArtefact('focal-point', input);
    if (!result.success)
      throw new ValidationError({ subject: artefactSubject('focal-point'), issues: result.issues });
    return forms.mau01FromFocalPoint(result.data);
  }
  const result = validate(catalogueFormInputSchema, input);
  if (!result.success)
    throw new ValidationError({ subject: MESSAGES.formInputSubject, issues: result.issues });
  const values = result.data as CatalogueFormInput;
  return form === '02' ? forms.mau02FromCatalogue(values) : forms.mau03FromProposals(values);
}
