import type { OpenDataset } from '../../artefacts/open-dataset';
import { agentNode } from './agent-node';
import { contactPointNode } from './contact-point-node';
import { distributionNode } from './distribution-node';
import { accessRightIri, frequencyIri } from './eu-vocabularies';
import { type JsonLdNode, jsonLdNode } from './json-ld-node';
import { iri, languageLiterals, temporalLiteral, vietnameseLiterals } from './json-ld-values';
import { withMandatoryProperties } from './mandatory-properties-check';

/** What, besides the dataset itself, its node needs. */
export interface DatasetContext {
  /** The dataset's IRI; its distributions get `<IRI>/distributions/<id or position>`. */
  readonly iri: string;
  /** The IRI of a data service listed in the catalogue, from its service identifier. */
  readonly serviceIri: (serviceId: string) => string;
  /** Where the dataset is in the export input, for error messages. */
  readonly path: string;
}

/**
 * A `dcat:Dataset` for an open dataset: `dct:title` and `dct:description` (mandatory, tagged vi/en),
 * publisher, contact point, keywords, spatial coverage, update frequency (EU frequency vocabulary),
 * issued and modified dates, public access rights, and its distributions.
 * @throws DcatExportError when the dataset or one of its distributions lacks a mandatory property.
 */
export function datasetNode(dataset: OpenDataset, context: DatasetContext): JsonLdNode {
  const distributions = (dataset.distributions ?? []).map((distribution, index) =>
    distributionNode(distribution, {
      iri: `${context.iri}/distributions/${encodeURIComponent(distribution.id ?? String(index + 1))}`,
      serviceIri: context.serviceIri,
      path: `${context.path}.distributions[${index}]`,
    }),
  );
  const node = jsonLdNode(
    'dcat:Dataset',
    {
      'dct:identifier': dataset.id,
      'dct:title': languageLiterals(dataset.title),
      'dct:description': languageLiterals(dataset.description),
      'dct:publisher':
        dataset.publisher === undefined
          ? undefined
          : agentNode(dataset.publisher, `${context.path}.publisher`),
      'dcat:contactPoint': dataset.contactPoint === undefined ? [] : [contactPointNode(dataset.contactPoint)],
      'dcat:keyword': (dataset.keywords ?? []).flatMap(vietnameseLiterals),
      'dct:spatial':
        dataset.spatial === undefined
          ? undefined
          : jsonLdNode('dct:Location', { 'skos:prefLabel': vietnameseLiterals(dataset.spatial) }),
      'dct:accrualPeriodicity': dataset.updateFrequency
        ? iri(frequencyIri(dataset.updateFrequency))
        : undefined,
      'dct:issued': dataset.issued === undefined ? undefined : temporalLiteral(dataset.issued),
      'dct:modified': dataset.modified === undefined ? undefined : temporalLiteral(dataset.modified),
      'dct:accessRights': iri(accessRightIri('open')),
      'dcat:distribution': distributions,
    },
    context.iri,
  );
  return withMandatoryProperties(node, context.path, {
    'dct:title': `${context.path}.title`,
    'dct:description': `${context.path}.description`,
  });
}
