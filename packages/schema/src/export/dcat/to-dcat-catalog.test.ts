import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openDatasetSchema } from '../../artefacts/open-dataset';
import { type ServiceDescription, serviceDescriptionSchema } from '../../artefacts/service-description';
import { ChiaseError } from '../../errors/chiase-error';
import { DCAT_AP_3_MANDATORY_PROPERTIES, type DcatClass, isDcatClass } from './dcat-ap-mandatory-properties';
import type { DcatCatalogInput } from './dcat-catalog-input';
import { DcatExportError } from './dcat-export-error';
import { toDcatCatalog } from './to-dcat-catalog';

function fixture(name: string): ServiceDescription {
  const url = new URL(
    `../../../test/fixtures/artefacts/service-description/valid/${name}.json`,
    import.meta.url,
  );
  return serviceDescriptionSchema.parse(JSON.parse(readFileSync(fileURLToPath(url), 'utf8')));
}

const enterpriseLookup = fixture('rest-json-enterprise-lookup');
const landParcelSync = fixture('soap-xml-land-parcel-sync');

const enterprises = openDatasetSchema.parse({
  id: 'DN-2025',
  title: { vi: 'Danh sách doanh nghiệp đăng ký mới', en: 'Newly registered enterprises' },
  description: { vi: 'Doanh nghiệp đăng ký thành lập mới trong tỉnh, cập nhật hằng tháng.' },
  publisher: { id: 'H33.10', name: 'Sở Kế hoạch và Đầu tư tỉnh Kiên Giang' },
  contactPoint: { name: 'Phòng Đăng ký kinh doanh', email: 'dkkd@skhdt.kiengiang.gov.vn' },
  keywords: ['doanh nghiệp', 'đăng ký kinh doanh'],
  spatial: 'Tỉnh Kiên Giang',
  updateFrequency: 'MONTHLY',
  issued: '2025-01-15',
  modified: '2025-09-30',
  distributions: [
    {
      id: 'csv',
      accessUrl: 'https://dulieu.kiengiang.gov.vn/dn-2025',
      downloadUrl: 'https://dulieu.kiengiang.gov.vn/dn-2025.csv',
      format: 'CSV',
      mediaType: 'text/csv',
      byteSize: 48213,
      sha256: '3a7bd3e2360a3d29eea436fcfb7e44c735d117c42d1c1835420b6b9942dd4f1b',
      license: 'https://dulieu.kiengiang.gov.vn/giay-phep-du-lieu-mo',
      issued: '2025-01-15',
      modified: '2025-09-30',
    },
    {
      accessUrl: 'https://lgsp.kiengiang.gov.vn/gateway/apiCSDLDKDN/1.0/chiTietDoanhNghiep',
      accessService: 'H47.22.DKDN.TRACUU',
      format: 'JSON',
      license: 'https://dulieu.kiengiang.gov.vn/giay-phep-du-lieu-mo',
    },
  ],
});

const input: DcatCatalogInput = {
  catalog: {
    iri: 'https://dulieu.kiengiang.gov.vn/catalog',
    title: { vi: 'Danh mục dữ liệu tỉnh Kiên Giang', en: 'Kiên Giang province data catalogue' },
    description: {
      vi: 'Dịch vụ chia sẻ dữ liệu và dữ liệu mở của tỉnh.',
      en: 'Data-sharing services and open data.',
    },
    publisher: { id: 'H33', name: 'Ủy ban nhân dân tỉnh Kiên Giang' },
    homepage: 'https://dulieu.kiengiang.gov.vn/',
    modified: '2025-10-01',
  },
  datasets: [enterprises],
  dataServices: [enterpriseLookup, landParcelSync],
  gatewayBaseUrl: 'https://lgsp.kiengiang.gov.vn/gateway/',
};

type Node = Record<string, unknown> & { '@type': string };

/** Every node (object with an `@type`) in a JSON-LD tree, with its JSON path. */
function nodesOf(value: unknown, path = '$'): { node: Node; path: string }[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => nodesOf(item, `${path}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  const object = value as Record<string, unknown>;
  const children = Object.entries(object)
    .filter(([key]) => key !== '@context')
    .flatMap(([key, child]) => nodesOf(child, `${path}['${key}']`));
  return typeof object['@type'] === 'string' ? [{ node: object as Node, path }, ...children] : children;
}

function present(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(present);
  if (value !== null && typeof value === 'object') {
    const object = value as Record<string, unknown>;
    if ('@value' in object) return String(object['@value']).trim() !== '';
    if ('@id' in object) return String(object['@id']).trim() !== '';
    return '@type' in object;
  }
  return typeof value === 'string' && value.trim() !== '';
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined ? [] : [value];
}

describe('toDcatCatalog', () => {
  const document = toDcatCatalog(input);
  const nodes = nodesOf(document);

  it('carries every DCAT-AP 3 mandatory property on every node of a mandatory-property class', () => {
    const checked = nodes.filter(({ node }) => isDcatClass(node['@type']));
    expect(new Set(checked.map(({ node }) => node['@type']))).toEqual(
      new Set<DcatClass>([
        'dcat:Catalog',
        'dcat:Dataset',
        'dcat:Distribution',
        'spdx:Checksum',
        'dcat:DataService',
        'foaf:Agent',
      ]),
    );
    for (const { node, path } of checked) {
      for (const property of DCAT_AP_3_MANDATORY_PROPERTIES[node['@type'] as DcatClass]) {
        expect(present(node[property]), `${path} ${node['@type']} ${property}`).toBe(true);
      }
    }
  });

  it('declares the namespaces of every compact IRI it uses', () => {
    const terms = nodes.flatMap(({ node }) => [node['@type'], ...Object.keys(node)]);
    const prefixes = new Set(terms.filter((term) => !term.startsWith('@')).map((term) => term.split(':')[0]));
    expect(prefixes.size).toBeGreaterThan(4);
    for (const prefix of prefixes) expect(Object.keys(document['@context'])).toContain(prefix);
  });

  it('describes the catalogue with language-tagged Vietnamese and English literals', () => {
    expect(document['@id']).toBe('https://dulieu.kiengiang.gov.vn/catalog');
    expect(document['@type']).toBe('dcat:Catalog');
    expect(document['dct:title']).toEqual([
      { '@value': 'Danh mục dữ liệu tỉnh Kiên Giang', '@language': 'vi' },
      { '@value': 'Kiên Giang province data catalogue', '@language': 'en' },
    ]);
    expect(document['dct:publisher']).toMatchObject({
      '@type': 'foaf:Agent',
      'foaf:name': [{ '@value': 'Ủy ban nhân dân tỉnh Kiên Giang', '@language': 'vi' }],
      'dct:identifier': 'H33',
    });
    expect(document['dct:modified']).toEqual({ '@value': '2025-10-01', '@type': 'xsd:date' });
    expect(asArray(document['dct:language'])).toEqual([
      { '@id': 'http://publications.europa.eu/resource/authority/language/VIE' },
      { '@id': 'http://publications.europa.eu/resource/authority/language/ENG' },
    ]);
  });

  it('turns a service description into a data service with endpoint URLs under the gateway', () => {
    const service = asArray(document['dcat:service'])[0] as Node;
    expect(service['@id']).toBe('https://dulieu.kiengiang.gov.vn/catalog/services/H47.22.DKDN.TRACUU');
    expect(service['dct:identifier']).toBe('H47.22.DKDN.TRACUU');
    expect(service['dct:title']).toEqual([
      { '@value': 'Tra cứu thông tin đăng ký doanh nghiệp', '@language': 'vi' },
      { '@value': 'Enterprise registration lookup', '@language': 'en' },
    ]);
    expect(service['dcat:endpointURL']).toEqual([
      { '@id': 'https://lgsp.kiengiang.gov.vn/gateway/apiCSDLDKDN/1.0/chiTietDoanhNghiep' },
    ]);
    expect(service['dcat:endpointDescription']).toEqual([
      { '@id': 'https://lgsp.kiengiang.gov.vn/docs/dkdn/openapi.json' },
    ]);
    expect(service['dct:format']).toEqual([
      { '@id': 'http://publications.europa.eu/resource/authority/file-type/JSON' },
    ]);
    expect(service['dct:accessRights']).toEqual({
      '@id': 'http://publications.europa.eu/resource/authority/access-right/RESTRICTED',
    });
    expect(service['dcat:contactPoint']).toEqual([
      {
        '@type': 'vcard:Individual',
        'vcard:fn': ['Nguyễn Thị Thu Hà'],
        'vcard:role': ['Phó Trưởng phòng Đăng ký kinh doanh'],
        'vcard:organization-name': ['Phòng Đăng ký kinh doanh'],
        'vcard:hasEmail': [{ '@id': 'mailto:nttha@skhdt.kiengiang.gov.vn' }],
        'vcard:hasTelephone': [{ '@id': 'tel:02973862678' }],
      },
    ]);
    expect(service['dct:issued']).toEqual({ '@value': '2025-09-03T09:15:00+07:00', '@type': 'xsd:dateTime' });
  });

  it('turns an open dataset into a dataset with its distributions, checksum and licence', () => {
    const dataset = asArray(document['dcat:dataset'])[0] as Node;
    expect(dataset).toMatchObject({
      '@id': 'https://dulieu.kiengiang.gov.vn/catalog/datasets/DN-2025',
      '@type': 'dcat:Dataset',
      'dct:title': [
        { '@value': 'Danh sách doanh nghiệp đăng ký mới', '@language': 'vi' },
        { '@value': 'Newly registered enterprises', '@language': 'en' },
      ],
      'dct:accrualPeriodicity': {
        '@id': 'http://publications.europa.eu/resource/authority/frequency/MONTHLY',
      },
      'dct:modified': { '@value': '2025-09-30', '@type': 'xsd:date' },
      'dcat:keyword': [
        { '@value': 'doanh nghiệp', '@language': 'vi' },
        { '@value': 'đăng ký kinh doanh', '@language': 'vi' },
      ],
    });
    const [file, api] = asArray(dataset['dcat:distribution']) as Node[];
    expect(file).toEqual({
      '@id': 'https://dulieu.kiengiang.gov.vn/catalog/datasets/DN-2025/distributions/csv',
      '@type': 'dcat:Distribution',
      'dct:identifier': 'csv',
      'dcat:accessURL': [{ '@id': 'https://dulieu.kiengiang.gov.vn/dn-2025' }],
      'dcat:downloadURL': [{ '@id': 'https://dulieu.kiengiang.gov.vn/dn-2025.csv' }],
      'dct:format': { '@id': 'http://publications.europa.eu/resource/authority/file-type/CSV' },
      'dcat:mediaType': { '@id': 'https://www.iana.org/assignments/media-types/text/csv' },
      'dcat:byteSize': { '@value': '48213', '@type': 'xsd:nonNegativeInteger' },
      'spdx:checksum': {
        '@type': 'spdx:Checksum',
        'spdx:algorithm': { '@id': 'spdx:checksumAlgorithm_sha256' },
        'spdx:checksumValue': {
          '@value': '3a7bd3e2360a3d29eea436fcfb7e44c735d117c42d1c1835420b6b9942dd4f1b',
          '@type': 'xsd:hexBinary',
        },
      },
      'dct:license': { '@id': 'https://dulieu.kiengiang.gov.vn/giay-phep-du-lieu-mo' },
      'dct:issued': { '@value': '2025-01-15', '@type': 'xsd:date' },
      'dct:modified': { '@value': '2025-09-30', '@type': 'xsd:date' },
    });
    expect(api?.['@id']).toBe('https://dulieu.kiengiang.gov.vn/catalog/datasets/DN-2025/distributions/2');
    expect(api?.['dcat:accessService']).toEqual([
      { '@id': 'https://dulieu.kiengiang.gov.vn/catalog/services/H47.22.DKDN.TRACUU' },
    ]);
  });

  it('links a service to the datasets it serves through their distributions', () => {
    const [lookup, sync] = asArray(document['dcat:service']) as Node[];
    expect(lookup?.['dcat:servesDataset']).toEqual([
      { '@id': 'https://dulieu.kiengiang.gov.vn/catalog/datasets/DN-2025' },
    ]);
    expect(sync?.['dcat:servesDataset']).toBeUndefined();
  });

  it('exports a catalogue of services only, since DCAT-AP 3 no longer requires a dataset', () => {
    const servicesOnly = toDcatCatalog({ ...input, datasets: [] });
    expect(servicesOnly['dcat:dataset']).toBeUndefined();
    expect(asArray(servicesOnly['dcat:service'])).toHaveLength(2);
  });

  it('is plain JSON that survives serialisation unchanged', () => {
    expect(JSON.parse(JSON.stringify(document))).toEqual(document);
  });
});

describe('toDcatCatalog refuses an incomplete catalogue', () => {
  function failure(broken: unknown): DcatExportError {
    try {
      toDcatCatalog(broken as DcatCatalogInput);
    } catch (error) {
      expect(DcatExportError.isInstance(error)).toBe(true);
      expect(ChiaseError.isInstance(error)).toBe(true);
      return error as DcatExportError;
    }
    throw new Error('the export did not fail');
  }

  it.each([
    [
      'a blank catalogue title',
      { ...input, catalog: { ...input.catalog, title: { vi: ' ' } } },
      'dcat:Catalog',
      'dct:title',
      '$.catalog.title',
    ],
    [
      'no catalogue description',
      { ...input, catalog: { ...input.catalog, description: undefined } },
      'dcat:Catalog',
      'dct:description',
      '$.catalog.description',
    ],
    [
      'no publisher',
      { ...input, catalog: { ...input.catalog, publisher: undefined } },
      'dcat:Catalog',
      'dct:publisher',
      '$.catalog.publisher',
    ],
    [
      'a publisher without a name',
      { ...input, catalog: { ...input.catalog, publisher: { id: 'H33', name: '' } } },
      'foaf:Agent',
      'foaf:name',
      '$.catalog.publisher.name',
    ],
    [
      'no gateway base URL for the endpoints',
      { ...input, gatewayBaseUrl: undefined },
      'dcat:DataService',
      'dcat:endpointURL',
      '$.gatewayBaseUrl',
    ],
    [
      'a service without a name',
      { ...input, dataServices: [enterpriseLookup, { ...landParcelSync, name: undefined }] },
      'dcat:DataService',
      'dct:title',
      '$.dataServices[1].name',
    ],
    [
      'a service provider without a name',
      { ...input, dataServices: [{ ...enterpriseLookup, provider: { id: 'H47.22', name: ' ' } }] },
      'foaf:Agent',
      'foaf:name',
      '$.dataServices[0].provider.name',
    ],
    [
      'a dataset without a description',
      { ...input, datasets: [{ ...enterprises, description: { vi: '' } }] },
      'dcat:Dataset',
      'dct:description',
      '$.datasets[0].description',
    ],
    [
      'a distribution without an access URL',
      {
        ...input,
        datasets: [
          {
            ...enterprises,
            distributions: [
              enterprises.distributions[0],
              { ...enterprises.distributions[1], accessUrl: undefined },
            ],
          },
        ],
      },
      'dcat:Distribution',
      'dcat:accessURL',
      '$.datasets[0].distributions[1].accessUrl',
    ],
    [
      'a blank checksum',
      {
        ...input,
        datasets: [{ ...enterprises, distributions: [{ ...enterprises.distributions[0], sha256: '' }] }],
      },
      'spdx:Checksum',
      'spdx:checksumValue',
      '$.datasets[0].distributions[0].sha256',
    ],
    [
      'no catalogue IRI',
      { ...input, catalog: { ...input.catalog, iri: '' } },
      'dcat:Catalog',
      '@id',
      '$.catalog.iri',
    ],
  ])('%s', (_, broken, dcatClass, property, path) => {
    const error = failure(broken);
    expect(error).toMatchObject({ code: 'dcat_mandatory_property_missing', dcatClass, property, path });
    expect(error.localized.vi).toContain(property);
    expect(error.message).toContain(path);
  });
});
