import type { Distribution } from '../../artefacts/distribution';
import { fileTypeIri } from './eu-vocabularies';
import { type JsonLdNode, jsonLdNode } from './json-ld-node';
import { iri, languageLiterals, nonNegativeIntegerLiteral, temporalLiteral } from './json-ld-values';
import { withMandatoryProperties } from './mandatory-properties-check';

/** The IANA media-type register, whose IRIs DCAT-AP 3 uses for `dcat:mediaType`. */
const IANA_MEDIA_TYPES = 'https://www.iana.org/assignments/media-types/';

/** What, besides the distribution itself, its node needs. */
export interface DistributionContext {
  /** The distribution's IRI. */
  readonly iri: string;
  /** The IRI of a data service listed in the catalogue, from its service identifier. */
  readonly serviceIri: (serviceId: string) => string;
  /** Where the distribution is in the export input, for error messages. */
  readonly path: string;
}

/**
 * An `spdx:Checksum` node for a SHA-256 digest: `spdx:algorithm` and `spdx:checksumValue` (both
 * mandatory in DCAT-AP 3), the value as lower-case `xsd:hexBinary`.
 */
function checksumNode(sha256: string, path: string): JsonLdNode {
  return withMandatoryProperties(
    jsonLdNode('spdx:Checksum', {
      'spdx:algorithm': iri('spdx:checksumAlgorithm_sha256'),
      'spdx:checksumValue': { '@value': sha256.toLowerCase(), '@type': 'xsd:hexBinary' },
    }),
    path,
  );
}

/**
 * A `dcat:Distribution` for an open-data distribution: `dcat:accessURL` (mandatory), download URL,
 * access service, format (EU file type), media type (IANA), byte size, SHA-256 checksum, licence,
 * issued and modified dates.
 * @throws DcatExportError when the access URL is missing.
 */
export function distributionNode(distribution: Distribution, context: DistributionContext): JsonLdNode {
  const node = jsonLdNode(
    'dcat:Distribution',
    {
      'dct:identifier': distribution.id,
      'dct:title': languageLiterals(distribution.title),
      'dct:description': languageLiterals(distribution.description),
      'dcat:accessURL': distribution.accessUrl ? [iri(distribution.accessUrl)] : [],
      'dcat:downloadURL': distribution.downloadUrl ? [iri(distribution.downloadUrl)] : [],
      'dcat:accessService': distribution.accessService
        ? [iri(context.serviceIri(distribution.accessService))]
        : [],
      'dct:format': distribution.format ? iri(fileTypeIri(distribution.format)) : undefined,
      'dcat:mediaType': distribution.mediaType
        ? iri(`${IANA_MEDIA_TYPES}${distribution.mediaType}`)
        : undefined,
      'dcat:byteSize':
        distribution.byteSize === undefined ? undefined : nonNegativeIntegerLiteral(distribution.byteSize),
      'spdx:checksum':
        distribution.sha256 === undefined
          ? undefined
          : checksumNode(distribution.sha256, `${context.path}.sha256`),
      'dct:license': distribution.license ? iri(distribution.license) : undefined,
      'dct:issued': distribution.issued === undefined ? undefined : temporalLiteral(distribution.issued),
      'dct:modified':
        distribution.modified === undefined ? undefined : temporalLiteral(distribution.modified),
    },
    context.iri,
  );
  return withMandatoryProperties(node, context.path, { 'dcat:accessURL': `${context.path}.accessUrl` });
}
