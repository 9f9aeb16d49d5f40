import {
  type DcatCatalogInput,
  openDatasetSchema,
  serviceDescriptionSchema,
  ValidationError,
  validate,
} from '@chiase/schema';
import * as z from 'zod';
import { MESSAGES } from '../messages/cli-messages';

const bilingualText = z.strictObject({ vi: z.string(), en: z.string().optional() });

/**
 * The shape of `dcat export --input`. The catalogue's own members are only typed here: `toDcatCatalog`
 * checks the DCAT-AP mandatory properties (non-empty, well-formed) and names any that is missing. Datasets and services are
 * checked as the Decree 47/2020 artefacts they are.
 */
const dcatInputSchema = z.strictObject({
  catalog: z.strictObject({
    iri: z.string(),
    title: bilingualText,
    description: bilingualText,
    publisher: z.strictObject({ id: z.string(), name: z.string() }),
    homepage: z.string().optional(),
    issued: z.string().optional(),
    modified: z.string().optional(),
    languages: z.array(z.enum(['vi', 'en'])).optional(),
  }),
  datasets: z.array(openDatasetSchema).optional(),
  dataServices: z.array(serviceDescriptionSchema).optional(),
  gatewayBaseUrl: z.url().optional(),
});

/**
 * The input of `toDcatCatalog` from a parsed JSON file.
 * @throws ValidationError listing every problem with its JSON path.
 */
export function dcatCatalogInput(input: unknown): DcatCatalogInput {
  const result = validate(dcatInputSchema, input);
  if (!result.success)
    throw new ValidationError({ subject: MESSAGES.dcatInputSubject, issues: result.issues });
  return result.data as unknown as DcatCatalogInput;
}
