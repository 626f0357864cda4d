/**
 * Reading users' files: bytes → UTF-8 text → JSON, with one clear issue
 * (exit 1) when the file is missing, is binary (a spreadsheet, a PDF), is not
 * UTF-8, or is not JSON. Users' bytes are never echoed to the terminal.
 *
 * @module
 */
import { issue, type Issue } from '../core/result.js';
import { InputError } from './args.js';
import { oneLine } from './format/safe.js';
import type { CliIo } from './io.js';

/** A display name for a path argument (`-` is standard input). */
export function sourceName(path: string): string {
  return path === '-' ? '(stdin)' : path;
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const PDF = [0x25, 0x50, 0x44, 0x46];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((b, i) => bytes[i] === b);

/** Why bytes are not UTF-8 text, as an issue; null when they are. */
export function binaryIssue(bytes: Uint8Array): Issue | null {
  if (startsWith(bytes, ZIP) || startsWith(bytes, OLE))
    return issue(
      [],
      'binary_file',
      'Đây là tệp nhị phân (có thể là bảng tính Excel hoặc tệp nén), không phải JSON. Hãy xuất dữ liệu ra JSON.',
      'This is a binary file (a spreadsheet or an archive, perhaps), not JSON. Export the data as JSON.',
    );
  if (startsWith(bytes, PDF))
    return issue([], 'binary_file', 'Đây là tệp PDF, không phải JSON.', 'This is a PDF file, not JSON.');
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    return issue(
      [],
      'not_utf8',
      'Tệp được lưu bằng mã UTF-16; hãy lưu lại bằng mã UTF-8.',
      'The file is saved as UTF-16; save it again as UTF-8.',
    );
  const limit = Math.min(bytes.length, 8192);
  for (let i = 0; i < limit; i++)
    if (bytes[i] === 0)
      return issue(
        [],
        'binary_file',
        'Đây là tệp nhị phân, không phải văn bản JSON.',
        'This is a binary file, not JSON text.',
      );
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return issue(
      [],
      'not_utf8',
      'Tệp không phải văn bản UTF-8 (có thể đã lưu bằng mã Windows-1258 hoặc TCVN3); hãy lưu lại bằng mã UTF-8.',
      'The file is not UTF-8 text (saved as Windows-1258 or TCVN3, perhaps); save it again as UTF-8.',
    );
  }
  return null;
}

/** Reads a file (or stdin for `-`) as UTF-8 text; binary or non-UTF-8 bytes are an {@link InputError}. */
export async function readText(io: CliIo, path: string): Promise<string> {
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(path);
  } catch (error) {
    const code = (error as { code?: string }).code;
    const [vi, en] =
      code === 'ENOENT'
        ? ['Không tìm thấy tệp', 'File not found']
        : code === 'EISDIR'
          ? ['Đây là thư mục, không phải tệp', 'This is a folder, not a file']
          : ['Không đọc được tệp', 'Cannot read the file'];
    throw new InputError(sourceName(path), [
      issue([], code === 'ENOENT' ? 'file_not_found' : 'file_unreadable', vi, en),
    ]);
  }
  const bad = binaryIssue(bytes);
  if (bad) throw new InputError(sourceName(path), [bad]);
  return new TextDecoder('utf-8').decode(bytes);
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WORDS = ['true', 'false', 'null'];

/**
 * Where JSON text first goes wrong: the offset of the first character that
 * cannot continue it (its length when it ends too early), or -1 when it is
 * valid. One pass with an explicit stack, for the line and column of a
 * message (V8's own messages often give neither).
 */
export function jsonErrorOffset(text: string): number {
  const n = text.length;
  let i = 0;
  const stack: string[] = [];
  const ws = () => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) break;
      i++;
    }
  };
  const string = (): boolean => {
    if (text[i] !== '"') return false;
    i++;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return true;
      }
      if (c < 0x20) return false;
      if (c === 0x5c) {
        const e = text[i + 1] ?? '';
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return false;
          i += 6;
        } else if ('"\\/bfnrt'.includes(e) && e !== '') i += 2;
        else {
          i++;
          return false;
        }
      } else i++;
    }
    return false;
  };
  // A key and its colon inside an object; false at the first wrong character.
  const key = (): boolean => {
    ws();
    if (!string()) return false;
    ws();
    if (text[i] !== ':') return false;
    i++;
    return true;
  };
  for (;;) {
    // A value.
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') i++;
      else {
        stack.push('}');
        if (!key()) return i;
        continue;
      }
    } else if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') i++;
      else {
        stack.push(']');
        continue;
      }
    } else if (c === '"') {
      if (!string()) return i;
    } else {
      NUMBER.lastIndex = i;
      const word = WORDS.find((w) => text.startsWith(w, i));
      if (word) i += word.length;
      else if (NUMBER.test(text)) i = NUMBER.lastIndex;
      else return i;
    }
    // After a value: close containers, or go on after a comma.
    for (;;) {
      ws();
      const close = stack[stack.length - 1];
      if (close === undefined) return i < n ? i : -1;
      if (text[i] === close) {
        stack.pop();
        i++;
        continue;
      }
      if (text[i] !== ',') return i;
      i++;
      if (close === '}' && !key()) return i;
      break;
    }
  }
}

/** Line and column (from 1) of an offset in a text. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line += 1;
      start = i + 1;
    }
  }
  return { line, column: end - start + 1 };
}

/** Reads and parses a JSON file (or stdin for `-`); NFC-normalises the text first. */
export async function readJson(io: CliIo, path: string): Promise<unknown> {
  const text = (await readText(io, path)).replace(/^\uFEFF/, '').normalize('NFC');
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const offset = jsonErrorOffset(text);
    const where = offset < 0 ? null : lineColumn(text, offset);
    const place = where ? ` (dòng ${where.line}, cột ${where.column})` : '';
    const placeEn = where ? ` (line ${where.line}, column ${where.column})` : '';
    const detail = oneLine(message).slice(0, 160);
    throw new InputError(sourceName(path), [
      issue(
        [],
        'invalid_json',
        `Tệp không phải JSON hợp lệ${place}: ${detail}`,
        `Not valid JSON${placeEn}: ${detail}`,
      ),
    ]);
  }
}
