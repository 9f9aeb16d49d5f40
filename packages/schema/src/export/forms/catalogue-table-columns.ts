import type { FormTableColumn } from './form-definition';

/** Widths shared by the catalogue tables of Mẫu số 2 and 3 (XLSX character units). */
const WIDTH = { number: 6, name: 30, description: 45, mechanism: 40, category: 40 } as const;

/** The `STT` (row number) column that opens every catalogue table. */
export const NUMBER_COLUMN: FormTableColumn = {
  key: 'number',
  header: 'STT',
  width: WIDTH.number,
  numbering: true,
};

/**
 * The five columns of a shared-database table (Decree 47/2020 Art. 11.4 a–d), with the header
 * texts given, since Mẫu số 2 marks two headers with footnote asterisks and Mẫu số 3 does not.
 */
export function sharedDatabaseColumns(headers: {
  readonly name: string;
  readonly description: string;
  readonly mechanism: string;
  readonly category: string;
}): readonly FormTableColumn[] {
  return [
    NUMBER_COLUMN,
    { key: 'name', header: headers.name, width: WIDTH.name },
    { key: 'description', header: headers.description, width: WIDTH.description },
    { key: 'mechanism', header: headers.mechanism, width: WIDTH.mechanism },
    { key: 'category', header: headers.category, width: WIDTH.category },
  ];
}

/** The five columns of an open-data table, with the header texts as each form prints them. */
export function openDataColumns(headers: {
  readonly name: string;
  readonly description: string;
  readonly provision: string;
  readonly category: string;
}): readonly FormTableColumn[] {
  return [
    NUMBER_COLUMN,
    { key: 'name', header: headers.name, width: WIDTH.name },
    { key: 'description', header: headers.description, width: WIDTH.description },
    { key: 'provision', header: headers.provision, width: WIDTH.mechanism },
    { key: 'category', header: headers.category, width: WIDTH.category },
  ];
}
