/**
 * Folding Vietnamese text for matching: NFC or NFD in, lower case without
 * diacritics out ("Ngày làm việc" → "ngay lam viec"). Linear time.
 *
 * @internal
 * @module
 */

/** @internal Lower-cases and strips diacritics (đ → d); reads NFC and NFD alike. */
export function foldVietnamese(text: string): string {
  const nfd = text.normalize('NFD');
  let out = '';
  for (let i = 0; i < nfd.length; i++) {
    const c = nfd.charCodeAt(i);
    if (c >= 0x300 && c <= 0x36f) continue; // combining marks
    if (c === 0x111 || c === 0x110) out += 'd';
    else out += nfd[i];
  }
  return out.toLowerCase();
}
