/**
 * Declarative description of an official form (biểu mẫu): its label, title, the fields filled in
 * above the tables, and the tables with their exact column headers and footnotes. The writers
 * (XLSX, CSV) render any definition; the text is copied verbatim from the seed document.
 */

/** A labelled line filled in by the agency, e.g. `- Họ và tên:`. */
export interface FormField {
  /** Stable key used to pass the value, e.g. `fullName`. */
  readonly key: string;
  /** The label exactly as printed, without its `- ` list bullet, e.g. `Họ và tên:`. */
  readonly label: string;
}

/** One column of a form table. */
export interface FormTableColumn {
  /** Stable key used to pass the cell values, e.g. `name`. */
  readonly key: string;
  /** The column header exactly as printed on the form. */
  readonly header: string;
  /** Column width in XLSX character units. */
  readonly width: number;
  /** True for the `STT` (row number) column, which the writers fill in themselves. */
  readonly numbering?: true;
}

/** A table of the form with its heading, columns and footnotes. */
export interface FormTable {
  /** Stable key used to pass the rows, e.g. `sharedDatabases`. */
  readonly key: string;
  /** The heading printed above the table, e.g. `1. Danh mục CSDL dùng chung:`. */
  readonly heading: string;
  /** The columns, in printed order. */
  readonly columns: readonly FormTableColumn[];
  /**
   * The notes printed under the table, verbatim: one entry per note (`(*)`, `(**)`…), each the
   * list of its paragraphs (the note itself, then its `+` items).
   */
  readonly footnotes: readonly (readonly string[])[];
}

/** Identifiers of the official forms this package renders. */
export type FormId = 'mau-01' | 'mau-02' | 'mau-03';

/** The complete definition of one official form. */
export interface FormDefinition {
  /** Stable identifier of the form. */
  readonly id: FormId;
  /** The form label exactly as printed, e.g. `Mẫu số 1`. */
  readonly label: string;
  /** The title lines exactly as printed (upper case, bold on the form). */
  readonly title: readonly string[];
  /** The labelled lines printed under the title. */
  readonly fields: readonly FormField[];
  /** The tables, in printed order (none for Mẫu số 1). */
  readonly tables: readonly FormTable[];
  /** Where the text of the form comes from. */
  readonly source: string;
}
