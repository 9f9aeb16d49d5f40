import type { SharingForm } from '../../artefacts/parts/sharing-form';

/**
 * IRIs of the EU Publications Office controlled vocabularies that DCAT-AP 3 recommends for
 * `dct:format`, `dct:accessRights`, `dct:language` and `dct:accrualPeriodicity`.
 */
const AUTHORITY = 'http://publications.europa.eu/resource/authority';

/** The EU file-type IRI of a format name, e.g. `CSV` → `…/file-type/CSV`. */
export function fileTypeIri(format: string): string {
  return `${AUTHORITY}/file-type/${encodeURIComponent(format.trim().toUpperCase())}`;
}

/** The EU language IRI of a language of the catalogue metadata. */
export function languageIri(language: 'vi' | 'en'): string {
  return `${AUTHORITY}/language/${language === 'vi' ? 'VIE' : 'ENG'}`;
}

/** The EU frequency IRI of a frequency code, e.g. `MONTHLY` → `…/frequency/MONTHLY`. */
export function frequencyIri(code: string): string {
  return `${AUTHORITY}/frequency/${encodeURIComponent(code.trim().toUpperCase())}`;
}

/**
 * The EU access-right IRI of a sharing form. Chiase mapping, not from the decree: open data
 * (Decree 47/2020 Art. 3.4) is public; default sharing (Art. 3.5, between agencies) and sharing on
 * request (Art. 3.6, under an agreement) are restricted.
 */
export function accessRightIri(form: SharingForm): string {
  return `${AUTHORITY}/access-right/${form === 'open' ? 'PUBLIC' : 'RESTRICTED'}`;
}
