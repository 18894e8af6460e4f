/**
 * An exported workbook read back the way another program would: by exceljs's reader, not by the code that wrote it.
 * Each sheet's first row holds the columns' ids, its second the words staff read; `rows` are keyed by id.
 */
import ExcelJS from 'exceljs';

export type Cell = ExcelJS.Cell;

export interface ReadSheet {
  name: string;
  sheet: ExcelJS.Worksheet;
  ids: string[];
  words: string[];
  /** Each submission's row: its cells by column id (empty cells left out). */
  rows: Record<string, Cell>[];
}

const texts = (row: ExcelJS.Row, width: number) => Array.from({ length: width }, (_, i) => row.getCell(i + 1).text);

export async function readWorkbook(response: Response): Promise<ReadSheet[]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(await response.arrayBuffer());
  return book.worksheets.map((sheet) => {
    const width = sheet.getRow(1).cellCount;
    const ids = texts(sheet.getRow(1), width);
    const rows: Record<string, Cell>[] = [];
    for (let n = 3; n <= sheet.rowCount; n += 1) {
      const row = sheet.getRow(n);
      const cells: Record<string, Cell> = {};
      ids.forEach((id, i) => {
        const cell = row.getCell(i + 1);
        if (cell.value !== null && cell.value !== undefined) cells[id] = cell;
      });
      rows.push(cells);
    }
    return { name: sheet.name, sheet, ids, words: texts(sheet.getRow(2), width), rows };
  });
}

/** The rows' values by column id, for comparing with what patients sent. */
export const values = (sheet: ReadSheet | undefined): Record<string, unknown>[] =>
  (sheet?.rows ?? []).map((cells) => Object.fromEntries(Object.entries(cells).map(([id, c]) => [id, c.value])));
