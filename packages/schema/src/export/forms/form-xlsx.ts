import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { FormDocument } from './form-document';
import { type FormLayout, type FormLine, layOutForm } from './form-layout';

/** The typeface Vietnamese administrative documents are customarily set in. */
const FONT = 'Times New Roman';
const FONT_SIZE = 12;
const LINE_HEIGHT = 16;
/** Excel's sheet-name limit and forbidden characters. */
const SHEET_NAME_MAX = 31;
const THIN = { style: 'thin' } as const;
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** How many text lines `text` needs in a cell `width` characters wide (a rough Excel estimate). */
function lineCount(text: string, width: number): number {
  const perLine = Math.max(1, Math.floor(width * 1.1));
  return text
    .split('\n')
    .reduce((sum, paragraph) => sum + Math.max(1, Math.ceil(paragraph.length / perLine)), 0);
}

function sheetName(label: string, taken: Set<string>): string {
  const base = label.replace(/[[\]:*?/\\]/g, ' ').slice(0, SHEET_NAME_MAX);
  let name = base;
  for (let n = 2; taken.has(name); n += 1) name = `${base.slice(0, SHEET_NAME_MAX - 4)} (${n})`;
  taken.add(name);
  return name;
}

function mergedRow(
  sheet: ExcelJS.Worksheet,
  layout: FormLayout,
  text: string,
  style: { font?: Partial<ExcelJS.Font>; horizontal: 'left' | 'center' | 'right' },
): ExcelJS.Row {
  const row = sheet.addRow([text]);
  sheet.mergeCells(row.number, 1, row.number, layout.columnCount);
  const cell = row.getCell(1);
  cell.font = { name: FONT, size: FONT_SIZE, ...style.font };
  cell.alignment = { horizontal: style.horizontal, vertical: 'top', wrapText: true };
  const width = layout.columnWidths.reduce((a, b) => a + b, 0);
  const lines = lineCount(text, width);
  if (lines > 1) row.height = lines * LINE_HEIGHT;
  return row;
}

function fieldRow(sheet: ExcelJS.Worksheet, layout: FormLayout, label: string, value: string): void {
  const row = sheet.addRow([]);
  const valueColumn = layout.labelSpan + 1;
  row.getCell(1).value = label;
  row.getCell(valueColumn).value = value;
  if (layout.labelSpan > 1) sheet.mergeCells(row.number, 1, row.number, layout.labelSpan);
  if (valueColumn < layout.columnCount)
    sheet.mergeCells(row.number, valueColumn, row.number, layout.columnCount);
  for (const column of [1, valueColumn]) {
    const cell = row.getCell(column);
    cell.font = { name: FONT, size: FONT_SIZE, bold: column === 1 };
    cell.alignment = { vertical: 'top', wrapText: true };
  }
  const valueWidth = layout.columnWidths.slice(layout.labelSpan).reduce((a, b) => a + b, 0);
  const lines = lineCount(value, valueWidth);
  if (lines > 1) row.height = lines * LINE_HEIGHT;
}

function tableRow(
  sheet: ExcelJS.Worksheet,
  layout: FormLayout,
  cells: readonly string[],
  header: boolean,
): void {
  const row = sheet.addRow([...cells]);
  let lines = 1;
  cells.forEach((text, index) => {
    const cell = row.getCell(index + 1);
    cell.font = { name: FONT, size: FONT_SIZE, bold: header };
    cell.border = BORDER;
    cell.alignment = {
      horizontal: header || index === 0 ? 'center' : 'left',
      vertical: header ? 'middle' : 'top',
      wrapText: true,
    };
    if (header) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } };
    lines = Math.max(lines, lineCount(text, layout.columnWidths[index] ?? 10));
  });
  if (lines > 1) row.height = lines * LINE_HEIGHT;
}

function addLine(sheet: ExcelJS.Worksheet, layout: FormLayout, line: FormLine): void {
  switch (line.kind) {
    case 'label':
      mergedRow(sheet, layout, line.text, { font: { bold: true, italic: true }, horizontal: 'right' });
      return;
    case 'title':
      mergedRow(sheet, layout, line.text, {
        font: { bold: true, size: FONT_SIZE + 2 },
        horizontal: 'center',
      });
      return;
    case 'blank':
      sheet.addRow([]);
      return;
    case 'field':
      fieldRow(sheet, layout, line.label, line.value);
      return;
    case 'heading':
      mergedRow(sheet, layout, line.text, { font: { bold: true }, horizontal: 'left' });
      return;
    case 'header':
      tableRow(sheet, layout, line.cells, true);
      return;
    case 'row':
      tableRow(sheet, layout, line.cells, false);
      return;
    case 'footnote':
      mergedRow(sheet, layout, line.text, { font: { italic: true }, horizontal: 'left' });
      return;
  }
}

function buildWorkbook(documents: readonly FormDocument[]): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Chiase';
  const taken = new Set<string>();
  for (const document of documents) {
    const layout = layOutForm(document);
    const sheet = workbook.addWorksheet(sheetName(document.definition.label, taken), {
      pageSetup: {
        paperSize: 9,
        orientation: layout.columnCount > 2 ? 'landscape' : 'portrait',
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
      },
    });
    sheet.columns = layout.columnWidths.map((width) => ({ width }));
    for (const line of layout.lines) addLine(sheet, layout, line);
  }
  return workbook;
}

function asList(documents: FormDocument | readonly FormDocument[]): readonly FormDocument[] {
  return Array.isArray(documents) ? documents : [documents as FormDocument];
}

/**
 * Renders one or more filled forms as an XLSX workbook, one worksheet per form (named after the
 * form label, e.g. `Mẫu số 2`): merged title rows, bold bordered table headers, set column widths,
 * wrapped text and A4 page setup.
 */
export async function formToXlsx(documents: FormDocument | readonly FormDocument[]): Promise<Uint8Array> {
  const buffer = await buildWorkbook(asList(documents)).xlsx.writeBuffer();
  return new Uint8Array(buffer);
}

/** Like {@link formToXlsx}, but streams the workbook into `stream` (e.g. a file or HTTP response). */
export async function writeFormXlsx(
  documents: FormDocument | readonly FormDocument[],
  stream: Writable,
): Promise<void> {
  await buildWorkbook(asList(documents)).xlsx.write(stream);
}
