import type { OpenDataset } from '../../artefacts/open-dataset';
import type { ServiceDescription } from '../../artefacts/service-description';
import type { AgentInput } from './agent-node';
import type { BilingualText } from './json-ld-values';

/** The catalogue itself (DCAT-AP `dcat:Catalog`). */
export interface DcatCatalogInfo {
  /** The catalogue's IRI, e.g. `https://dulieu.kiengiang.gov.vn/catalog`; also the base of dataset and service IRIs. */
  readonly iri: string;
  /** DCAT-AP mandatory: the catalogue's name, in Vietnamese and optionally English. */
  readonly title: BilingualText;
  /** DCAT-AP mandatory: what the catalogue lists. */
  readonly description: BilingualText;
  /** DCAT-AP mandatory: the agency publishing the catalogue (e-ID and name). */
  readonly publisher: AgentInput;
  /** The catalogue's home page (`foaf:homepage`). */
  readonly homepage?: string;
  /** When the catalogue was first published, ISO 8601 (`dct:issued`). */
  readonly issued?: string;
  /** When the catalogue last changed, ISO 8601 (`dct:modified`). */
  readonly modified?: string;
  /** Languages of the metadata (`dct:language`); default `['vi']`, plus `en` when English is given. */
  readonly languages?: readonly ('vi' | 'en')[];
}

/** Everything {@link toDcatCatalog} exports. */
export interface DcatCatalogInput {
  /** The catalogue's own description. */
  readonly catalog: DcatCatalogInfo;
  /** The open datasets to list (`dcat:dataset`), each with its distributions. */
  readonly datasets?: readonly OpenDataset[];
  /**
   * The data-sharing services to list (`dcat:service`); pass only those meant to be public. A service
   * serves (`dcat:servesDataset`) the datasets whose distributions name it as their access service.
   */
  readonly dataServices?: readonly ServiceDescription[];
  /**
   * The gateway base URL that service operation paths are under (the LGSP/NGSP address), needed for
   * the mandatory `dcat:endpointURL` of every data service.
   */
  readonly gatewayBaseUrl?: string;
}
