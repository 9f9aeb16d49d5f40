/**
 * The JSON-LD `@context` of the DCAT-AP 3 export: namespace prefixes only. Every property is written
 * as a compact IRI (`dct:title`) with explicit `@language`, `@type` or `@id` values, so the document
 * means the same to any JSON-LD processor without remote context documents.
 */
export const DCAT_CONTEXT = {
  adms: 'http://www.w3.org/ns/adms#',
  dcat: 'http://www.w3.org/ns/dcat#',
  dcatap: 'http://data.europa.eu/r5r/',
  dct: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  locn: 'http://www.w3.org/ns/locn#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  spdx: 'http://spdx.org/rdf/terms#',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
} as const;
