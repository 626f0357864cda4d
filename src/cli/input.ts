/**
 * Reading users' files: text → JSON, with a clear issue (exit 1) when the
 * file is missing or not JSON.
 *
 * @module
 */
import { issue } from '../core/result.js';
import { InputError } from './args.js';
import type { CliIo } from './io.js';

/** A display name for a path argument (`-` is standard input). */
export function sourceName(path: string): string {
  return path === '-' ? '(stdin)' : path;
}

/** Reads and parses a JSON file (or stdin for `-`); NFC-normalises the text first. */
export async function readJson(io: CliIo, path: string): Promise<unknown> {
  let text: string;
  try {
    text = await io.readText(path);
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
  try {
    return JSON.parse(text.replace(/^\uFEFF/, '').normalize('NFC')) as unknown;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new InputError(sourceName(path), [
      issue([], 'invalid_json', `Tệp không phải JSON hợp lệ: ${detail}`, `Not valid JSON: ${detail}`),
    ]);
  }
}
