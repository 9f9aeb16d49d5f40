import type { DatabaseCatalogueEntry } from '../../artefacts/database-catalogue-entry';
import type { OpenDataset } from '../../artefacts/open-dataset';
import type { AgencyReference } from '../../artefacts/parts/agency-reference';
import type { Contact } from '../../artefacts/parts/contact';
import type { SharingForm } from '../../artefacts/parts/sharing-form';
import type { FormRow, FormValues } from './form-document';

/** The wording of Mẫu số 2 footnote (**) for each sharing form (Decree 47/2020 Art. 3.4–3.6). */
const SHARING_FORM_WORDING: Readonly<Record<SharingForm, string>> = {
  open: 'dữ liệu mở',
  default: 'chia sẻ theo hình thức mặc định',
  'on-request': 'chia sẻ theo yêu cầu đặc thù',
};

/** The two ways of providing open data in Mẫu số 2 footnote (***), former Decree 47/2020 Art. 21.1. */
const PACKAGE_WORDING = 'Cung cấp dữ liệu được đóng gói và cho phép tổ chức, cá nhân tải về sử dụng';
const SERVICE_WORDING = 'Cung cấp dữ liệu thông qua các dịch vụ chia sẻ dữ liệu';

/** The header lines and the rows of Mẫu số 2 or 3. */
export interface CatalogueFormInput {
  /** "Tên đơn vị": the reporting agency. */
  readonly agency: AgencyReference;
  /** "Thông tin liên hệ": whom the IT department contacts about the report. */
  readonly contact?: Contact;
  /** Table 1: the shared databases (Decree 47/2020 Art. 11.4), reported or proposed. */
  readonly databases?: readonly DatabaseCatalogueEntry[];
  /** Table 2: the open datasets, published or proposed. */
  readonly openDatasets?: readonly OpenDataset[];
}

function contactLine(contact: Contact | undefined): string {
  if (contact === undefined) return '';
  const who = [contact.name, contact.unit].filter((part) => part !== undefined).join(', ');
  const how = [contact.phone, contact.email, contact.url].filter((part) => part !== undefined).join('; ');
  return how === '' ? who : `${who} (${how})`;
}

/** Decree 47/2020 Art. 11.4a–d: name; purpose, scope, content; collection and sources; categories. */
function databaseRow(entry: DatabaseCatalogueEntry): FormRow {
  return {
    name: entry.name.vi,
    description: [
      `Mục đích: ${entry.purpose.vi}`,
      `Phạm vi: ${entry.scope.vi}`,
      `Nội dung: ${entry.content.vi}`,
    ].join('\n'),
    mechanism: [entry.collectionMechanism.vi, `Nguồn dữ liệu: ${entry.dataSources.join('; ')}`].join('\n'),
    category: entry.dataCategories
      .map((category) => {
        const access = category.access.map((a) => `${a.userCategory}: ${SHARING_FORM_WORDING[a.form]}`);
        return `${category.name.vi} (${access.join('; ')})`;
      })
      .join('\n'),
  };
}

/** An open dataset: name, description, how it is provided (footnote ***), keywords as categories. */
function openDataRow(dataset: OpenDataset): FormRow {
  const packaged = dataset.distributions.filter((d) => d.accessService === undefined);
  const services = dataset.distributions.flatMap((d) =>
    d.accessService === undefined ? [] : [d.accessService],
  );
  const provision = [
    ...(packaged.length === 0
      ? []
      : [`${PACKAGE_WORDING} (${[...new Set(packaged.map((d) => d.format))].join(', ')})`]),
    ...(services.length === 0 ? [] : [`${SERVICE_WORDING} (${[...new Set(services)].join(', ')})`]),
  ];
  return {
    name: dataset.title.vi,
    description: dataset.description.vi,
    provision: provision.join('\n'),
    category: (dataset.keywords ?? []).join(', '),
  };
}

/** The values of Mẫu số 2 or 3 for a report or a proposal. */
export function catalogueFormValues(input: CatalogueFormInput): FormValues {
  return {
    fields: { unitName: input.agency.name, contact: contactLine(input.contact) },
    tables: {
      sharedDatabases: (input.databases ?? []).map(databaseRow),
      openData: (input.openDatasets ?? []).map(openDataRow),
    },
  };
}
