/**
 * The mandatory properties (`sh:minCount 1`) of each DCAT-AP 3.0.0 class, from the SEMIC SHACL
 * shapes (releases/3.0.0/shacl/dcat-ap-SHACL.ttl). Note that DCAT-AP 3 no longer makes
 * `dcat:dataset` mandatory on a Catalogue (it was in 2.x): a catalogue may list only services.
 * The exporter checks every node it writes against this table, and the tests read it too.
 */
export const DCAT_AP_3_MANDATORY_PROPERTIES = {
  'dcat:Catalog': ['dct:description', 'dct:publisher', 'dct:title'],
  'dcat:CatalogRecord': ['dct:modified', 'foaf:primaryTopic'],
  'dcat:DataService': ['dcat:endpointURL', 'dct:title'],
  'dcat:Dataset': ['dct:description', 'dct:title'],
  'dcat:DatasetSeries': ['dct:description', 'dct:title'],
  'dcat:Distribution': ['dcat:accessURL'],
  'dcat:Relationship': ['dcat:hadRole', 'dct:relation'],
  'foaf:Agent': ['foaf:name'],
  'spdx:Checksum': ['spdx:algorithm', 'spdx:checksumValue'],
  'adms:Identifier': ['skos:notation'],
  'skos:Concept': ['skos:prefLabel'],
  'skos:ConceptScheme': ['dct:title'],
} as const satisfies Record<string, readonly string[]>;

/** A DCAT-AP class with mandatory properties, as a compact IRI (e.g. `dcat:Dataset`). */
export type DcatClass = keyof typeof DCAT_AP_3_MANDATORY_PROPERTIES;

/** True when `type` is a class of {@link DCAT_AP_3_MANDATORY_PROPERTIES}. */
export function isDcatClass(type: unknown): type is DcatClass {
  return typeof type === 'string' && Object.hasOwn(DCAT_AP_3_MANDATORY_PROPERTIES, type);
}
