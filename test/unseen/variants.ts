// The spellings a phrasing reaches the library in: as published (NFC), decomposed (NFD, as
// some PDF exports and macOS copies give it), and without diacritics (as typed on a keyboard
// without a Vietnamese input method; lower-cased, since the fold also lowers).
import { foldVi } from '../../src/core/text.js';

export type Spelling = 'NFC' | 'NFD' | 'no marks';

/** The text in each spelling, labelled. */
export function spellings(text: string): [Spelling, string][] {
  return [
    ['NFC', text.normalize('NFC')],
    ['NFD', text.normalize('NFD')],
    ['no marks', foldVi(text)],
  ];
}
