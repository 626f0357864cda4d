/**
 * Turns zod's issues into the library's `Issue`s with Vietnamese messages.
 *
 * @internal
 * @module
 */
import { shownValue } from '../core/copyInput.js';
import type * as z from 'zod/mini';
import type { Issue } from '../core/result.js';
import { EXPECTED_TYPE_VI as TYPE_VI, valueAt, zodDetail } from '../core/zodShared.js';
import { mk } from './messages.js';
import { RULE_KINDS } from './schema.js';

function cleanPath(path: readonly PropertyKey[]): (string | number)[] {
  return path.map((k) => (typeof k === 'number' ? k : String(k)));
}

/** @internal */
export function fromZodIssues(issues: readonly z.core.$ZodIssue[], root: unknown): Issue[] {
  const out: Issue[] = [];
  for (const i of issues) {
    const path = cleanPath(i.path);
    switch (i.code) {
      case 'invalid_union': {
        if ('discriminator' in i && i.discriminator !== undefined) {
          const kind = valueAt(root, i.path);
          out.push(
            mk(
              path,
              'unknown_rule_kind',
              `Cách chấm "${shownValue(kind)}" không được hỗ trợ; dùng một trong: ${RULE_KINDS.join(', ')}`,
              `Unknown rule kind "${shownValue(kind)}"; use one of: ${RULE_KINDS.join(', ')}`,
            ),
          );
        } else {
          out.push(
            mk(
              path,
              'invalid_value',
              'Giá trị không đúng dạng nào được chấp nhận',
              'The value matches none of the accepted forms',
            ),
          );
        }
        break;
      }
      case 'unrecognized_keys':
        for (const key of i.keys) {
          out.push(
            mk(
              [...path, key],
              'unknown_field',
              `Trường "${key}" không có trong lược đồ`,
              `Unknown field "${key}"`,
            ),
          );
        }
        break;
      case 'invalid_type': {
        const got = valueAt(root, i.path);
        const expected = String(i.expected);
        out.push(
          got === undefined
            ? mk(
                path,
                'invalid_type',
                `Thiếu trường bắt buộc (cần ${TYPE_VI[expected] ?? expected})`,
                `Missing required field (expected ${expected})`,
              )
            : mk(
                path,
                'invalid_type',
                `Sai kiểu: cần ${TYPE_VI[expected] ?? expected}`,
                `Wrong type: expected ${expected}`,
              ),
        );
        break;
      }
      case 'too_small':
        out.push(
          i.origin === 'array'
            ? mk(
                path,
                'invalid_value',
                `Danh sách cần ít nhất ${String(i.minimum)} phần tử`,
                `The list needs at least ${String(i.minimum)} items`,
              )
            : i.origin === 'string'
              ? mk(path, 'invalid_value', 'Không được để trống', 'May not be empty')
              : mk(
                  path,
                  'invalid_value',
                  `Giá trị phải ≥ ${String(i.minimum)}`,
                  `The value must be ≥ ${String(i.minimum)}`,
                ),
        );
        break;
      case 'too_big':
        out.push(
          mk(
            path,
            'invalid_value',
            `Giá trị phải ≤ ${String(i.maximum)}`,
            `The value must be ≤ ${String(i.maximum)}`,
          ),
        );
        break;
      default:
        out.push(
          mk(
            path,
            'invalid_value',
            `Giá trị không hợp lệ (${zodDetail(i)})`,
            `Invalid value (${zodDetail(i)})`,
          ),
        );
    }
  }
  return out;
}
