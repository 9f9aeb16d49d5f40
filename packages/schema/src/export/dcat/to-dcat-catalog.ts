import { agentNode } from './agent-node';
import { dataServiceNode } from './data-service-node';
import { datasetNode } from './dataset-node';
import type { DcatCatalogInput } from './dcat-catalog-input';
import { DCAT_CONTEXT } from './dcat-context';
import { DcatExportError } from './dcat-export-error';
import { languageIri } from './eu-vocabularies';
import { type JsonLdNode, jsonLdNode } from './json-ld-node';
import { iri, languageLiterals, temporalLiteral } from './json-ld-values';
import { withMandatoryProperties } from './mandatory-properties-check';

/** A DCAT-AP 3 catalogue as a JSON-LD document (a `dcat:Catalog` node with its `@context`). */
export interface DcatCatalogDocument {
  /** The namespace prefixes of the compact IRIs used as property names. */
  readonly '@context': typeof DCAT_CONTEXT;
  /** The catalogue's IRI. */
  readonly '@id': string;
  /** Always `dcat:Catalog`. */
  readonly '@type': 'dcat:Catalog';
  /** The catalogue's properties, by compact IRI (`dct:title`, `dcat:dataset`, `dcat:service`…). */
  readonly [property: string]: JsonLdNode[string] | typeof DCAT_CONTEXT;
}

/** The IRI of a resource listed in the catalogue: `<catalogue IRI>/<kind>/<identifier>`. */
function memberIri(catalogIri: string, kind: 'datasets' | 'services', id: string): string {
  return `${catalogIri.replace(/\/+$/, '')}/${kind}/${encodeURIComponent(id)}`;
}

/**
 * Exports open datasets (with their distributions) and data-sharing services as a DCAT-AP 3
 * catalogue in JSON-LD, with Vietnamese and English literals tagged `@language`. Every node is
 * checked against the DCAT-AP 3 mandatory properties; rather than write an incomplete catalogue,
 * the export fails.
 * @throws DcatExportError naming the class, the missing property and the input path.
 */
export function toDcatCatalog(input: DcatCatalogInput): DcatCatalogDocument {
  const { catalog } = input;
  if (typeof catalog.iri !== 'string' || catalog.iri.trim() === '') {
    throw new DcatExportError({ dcatClass: 'dcat:Catalog', property: '@id', path: '$.catalog.iri' });
  }
  const serviceIri = (id: string) => memberIri(catalog.iri, 'services', id);
  const datasetInputs = input.datasets ?? [];
  const datasets = datasetInputs.map((dataset, index) =>
    datasetNode(dataset, {
      iri: memberIri(catalog.iri, 'datasets', dataset.id),
      serviceIri,
      path: `$.datasets[${index}]`,
    }),
  );
  const services = (input.dataServices ?? []).map((service, index) =>
    dataServiceNode(service, {
      iri: serviceIri(service.id),
      gatewayBaseUrl: input.gatewayBaseUrl,
      servesDatasets: datasetInputs
        .filter((dataset) => (dataset.distributions ?? []).some((d) => d.accessService === service.id))
        .map((dataset) => memberIri(catalog.iri, 'datasets', dataset.id)),
      path: `$.dataServices[${index}]`,
    }),
  );
  const hasEnglish = catalog.title?.en !== undefined || catalog.description?.en !== undefined;
  const languages = catalog.languages ?? (hasEnglish ? ['vi', 'en'] : ['vi']);
  const node = jsonLdNode(
    'dcat:Catalog',
    {
      'dct:title': languageLiterals(catalog.title),
      'dct:description': languageLiterals(catalog.description),
      'dct:publisher':
        catalog.publisher === undefined ? undefined : agentNode(catalog.publisher, '$.catalog.publisher'),
      'foaf:homepage': catalog.homepage === undefined ? undefined : iri(catalog.homepage),
      'dct:language': languages.map((language) => iri(languageIri(language))),
      'dct:issued': catalog.issued === undefined ? undefined : temporalLiteral(catalog.issued),
      'dct:modified': catalog.modified === undefined ? undefined : temporalLiteral(catalog.modified),
      'dcat:dataset': datasets,
      'dcat:service': services,
    },
    catalog.iri,
  );
  const checked = withMandatoryProperties(node, '$.catalog', {
    'dct:title': '$.catalog.title',
    'dct:description': '$.catalog.description',
    'dct:publisher': '$.catalog.publisher',
  });
  return { '@context': DCAT_CONTEXT, ...checked, '@id': catalog.iri, '@type': 'dcat:Catalog' };
}
