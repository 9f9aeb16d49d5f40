import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { FormDefinition } from './form-definition';
import { MAU_01_FOCAL_POINT_FORM } from './mau-01-focal-point-form';
import { MAU_02_CATALOGUE_FORM } from './mau-02-catalogue-form';
import { MAU_03_PROPOSAL_FORM } from './mau-03-proposal-form';

// The forms section of seed 000_134eea380c0a2334.txt (Công văn 1647/UBND-KGVX), copied verbatim.
const seed = readFileSync(
  fileURLToPath(new URL('../../../test/fixtures/forms/kien-giang-1647-forms.txt', import.meta.url)),
  'utf8',
)
  // Drop the Markdown bold markers around titles, keeping the asterisks of the footnote marks.
  .replace(/\*\*(?=\p{L})|(?<=\p{L})\*\*/gu, '');

/** The seed text of one form: from its label up to the next form's label. */
function formText(label: string): string {
  const start = seed.indexOf(label);
  const next = seed.indexOf('Mẫu số', start + label.length);
  expect(start).toBeGreaterThanOrEqual(0);
  return seed.slice(start, next < 0 ? undefined : next);
}

const lines = (text: string) => text.split('\n').map((line) => line.trim());

describe.each<[string, FormDefinition]>([
  ['Mẫu số 1', MAU_01_FOCAL_POINT_FORM],
  ['Mẫu số 2', MAU_02_CATALOGUE_FORM],
  ['Mẫu số 3', MAU_03_PROPOSAL_FORM],
])('%s reproduces the seed text', (label, form) => {
  const text = formText(label);

  it('has the label and the title lines of the seed', () => {
    expect(form.label).toBe(label);
    const titleStart = text.indexOf(form.title[0] ?? '∅');
    expect(titleStart).toBeGreaterThan(0);
    expect(text.slice(titleStart)).toMatch(new RegExp(`^${form.title.join('\\n')}`));
  });

  it('has every labelled line, in order, with the bullet of the seed', () => {
    const printed = lines(text).filter((line) => line.startsWith('- '));
    expect(printed.map((line) => line.replace(/\.+$/, ''))).toEqual(form.fields.map((f) => `- ${f.label}`));
  });

  it('has every table heading and the exact column headers, in order', () => {
    const headerRows = lines(text).filter((line) => line.startsWith('STT\t'));
    expect(headerRows).toEqual(form.tables.map((t) => t.columns.map((c) => c.header).join('\t')));
    for (const table of form.tables) expect(lines(text)).toContain(table.heading);
  });

  it('has every footnote paragraph verbatim', () => {
    const paragraphs = form.tables.flatMap((t) => t.footnotes.flat());
    for (const paragraph of paragraphs) expect(lines(text)).toContain(paragraph);
    const seedNotes = lines(text).filter((line) => /^(\(\*+\)|\+ )/.test(line));
    expect(paragraphs).toHaveLength(seedNotes.length);
  });
});
