/**
 * A .csv, .tsv or .txt list → one Grid named after the file ("Thôn 3.csv" → sheet "Thôn 3").
 * Cells are the text typed, with no number formats: the engine reads a CCCD kept as text as a CCCD.
 */
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { Grid } from '../core/grid';
import { decodeText } from './decode-text';
import { detectDelimiter, parseDelimited } from './parse-delimited';

export function textToGrid(bytes: Uint8Array, sheet: string): Grid {
  const { text } = decodeText(bytes);
  return { sheet, values: parseDelimited(text, detectDelimiter(text)) };
}

export async function readTextFile(path: string): Promise<Grid[]> {
  return [textToGrid(await readFile(path), basename(path, extname(path)))];
}
