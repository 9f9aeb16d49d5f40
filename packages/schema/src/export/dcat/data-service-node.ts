import type { ServiceDescription } from '../../artefacts/service-description';
import { agentNode } from './agent-node';
import { contactPointNode } from './contact-point-node';
import { accessRightIri, fileTypeIri } from './eu-vocabularies';
import { type JsonLdNode, jsonLdNode } from './json-ld-node';
import { iri, languageLiterals, plainLiterals, temporalLiteral } from './json-ld-values';
import { withMandatoryProperties } from './mandatory-properties-check';

/** Documents that describe the endpoints themselves (DCAT `dcat:endpointDescription`). */
const ENDPOINT_DESCRIPTION_KINDS: ReadonlySet<string> = new Set(['openapi', 'wsdl', 'xsd']);

/** What, besides the description itself, a data service node needs. */
export interface DataServiceContext {
  /** The service's IRI. */
  readonly iri: string;
  /** The gateway base URL the endpoint paths are under, e.g. `https://lgsp.kiengiang.gov.vn/gateway`. */
  readonly gatewayBaseUrl: string | undefined;
  /** IRIs of the datasets the service serves (`dcat:servesDataset`). */
  readonly servesDatasets: readonly string[];
  /** Where the description is in the export input, for error messages. */
  readonly path: string;
}

/** The absolute URL of an endpoint path under the gateway base URL (keeping the base's own path). */
function endpointUrl(base: string, path: string): string {
  return `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}

/**
 * A `dcat:DataService` for a service description: `dct:title` from its name and `dcat:endpointURL`
 * from each operation path under the gateway (both mandatory in DCAT-AP 3), OpenAPI/WSDL/XSD
 * documents as `dcat:endpointDescription`, the provider as `dct:publisher`, the focal point as
 * `dcat:contactPoint`, the message formats as `dct:format` and the sharing form as `dct:accessRights`.
 * @throws DcatExportError when a mandatory property cannot be filled in.
 */
export function dataServiceNode(service: ServiceDescription, context: DataServiceContext): JsonLdNode {
  const base = context.gatewayBaseUrl;
  const endpoints = base === undefined ? [] : (service.endpoints ?? []).map((e) => endpointUrl(base, e.path));
  const formats = new Set((service.endpoints ?? []).flatMap((e) => e.formats));
  const documents = (service.technicalDocuments ?? []).filter((d) => d.url !== undefined);
  const node = jsonLdNode(
    'dcat:DataService',
    {
      'dct:identifier': service.id,
      'dct:title': languageLiterals(service.name),
      'dct:description': languageLiterals(service.summary),
      'dcat:endpointURL': [...new Set(endpoints)].map(iri),
      'dcat:endpointDescription': [
        ...documents.filter((d) => ENDPOINT_DESCRIPTION_KINDS.has(d.kind)).map((d) => iri(d.url as string)),
        ...(service.dataStructure?.xsdUrl === undefined ? [] : [iri(service.dataStructure.xsdUrl)]),
      ],
      'foaf:page': [
        ...documents.filter((d) => !ENDPOINT_DESCRIPTION_KINDS.has(d.kind)).map((d) => iri(d.url as string)),
        ...(service.rulesOfUseUrl === undefined ? [] : [iri(service.rulesOfUseUrl)]),
      ],
      'dct:format': [...formats].map((format) => iri(fileTypeIri(format))),
      'dct:conformsTo': (service.dataStructure?.standards ?? []).map((standard) =>
        jsonLdNode('dct:Standard', { 'dct:title': plainLiterals(standard) }),
      ),
      'dct:accessRights':
        service.sharingForm === undefined ? undefined : iri(accessRightIri(service.sharingForm)),
      'dcat:servesDataset': context.servesDatasets.map(iri),
      'dct:publisher':
        service.provider === undefined ? undefined : agentNode(service.provider, `${context.path}.provider`),
      'dcat:contactPoint': service.focalPoint === undefined ? [] : [contactPointNode(service.focalPoint)],
      'dct:issued': service.publishedAt === undefined ? undefined : temporalLiteral(service.publishedAt),
      'dct:modified': service.updatedAt === undefined ? undefined : temporalLiteral(service.updatedAt),
    },
    context.iri,
  );
  const missingBase = base === undefined && (service.endpoints ?? []).length > 0;
  return withMandatoryProperties(node, context.path, {
    'dct:title': `${context.path}.name`,
    'dcat:endpointURL': missingBase ? '$.gatewayBaseUrl' : `${context.path}.endpoints`,
  });
}
