/**
 * Turns zod's issues on plan JSON into the library's `Issue`s.
 *
 * @internal
 * @module
 */
import type * as z from 'zod/mini';
import { issue, type Issue } from '../core/result.js';
import { EXPECTED_TYPE_VI as TYPE_VI, valueAt } from '../core/zodShared.js';
import { msg } from './messages.js';
import { REFORM_AREAS } from './schema.js';

/** @internal */
export function fromZodIssues(issues: readonly z.core.$ZodIssue[], root: unknown): Issue[] {
  const out: Issue[] = [];
  for (const i of issues) {
    const path = i.path.map((k) => (typeof k === 'number' ? k : String(k)));
    const last = path[path.length - 1];
    switch (i.code) {
      case 'unrecognized_keys':
        for (const key of i.keys) {
          out.push(
            issue(
              [...path, key],
              'unknown_field',
              `Trường "${key}" không có trong định dạng kế hoạch`,
              `Unknown field "${key}"`,
            ),
          );
        }
        break;
      case 'invalid_type': {
        const got = valueAt(root, i.path);
        const expected = i.expected === 'int' ? 'integer' : String(i.expected);
        const vi = TYPE_VI[String(i.expected)] ?? expected;
        out.push(
          got === undefined
            ? issue(
                path,
                'invalid_type',
                `Thiếu trường bắt buộc "${String(last)}" (cần ${vi})`,
                `Missing required field "${String(last)}" (expected ${expected})`,
              )
            : issue(path, 'invalid_type', `Sai kiểu: cần ${vi}`, `Wrong type: expected ${expected}`),
        );
        break;
      }
      case 'invalid_value':
        if (last === 'schemaVersion' && valueAt(root, i.path) === undefined) {
          out.push(
            issue(
              path,
              'invalid_type',
              'Thiếu trường bắt buộc "schemaVersion" (cần số 1)',
              'Missing required field "schemaVersion" (expected 1)',
            ),
          );
        } else if (last === 'schemaVersion') {
          out.push(msg.unsupportedVersion(path, valueAt(root, i.path)));
        } else if (last === 'area') {
          out.push(
            issue(
              path,
              'invalid_value',
              `Lĩnh vực không hợp lệ; dùng một trong: ${REFORM_AREAS.join(', ')}`,
              `Unknown area; use one of: ${REFORM_AREAS.join(', ')}`,
            ),
          );
        } else {
          out.push(issue(path, 'invalid_value', 'Giá trị không được chấp nhận', 'Value not allowed'));
        }
        break;
      case 'too_small':
        out.push(
          i.origin === 'array'
            ? issue(
                path,
                'invalid_value',
                `Danh sách cần ít nhất ${String(i.minimum)} phần tử`,
                `The list needs at least ${String(i.minimum)} items`,
              )
            : i.origin === 'string'
              ? issue(path, 'invalid_value', 'Không được để trống', 'May not be empty')
              : issue(
                  path,
                  'invalid_value',
                  `Giá trị phải ≥ ${String(i.minimum)}`,
                  `The value must be ≥ ${String(i.minimum)}`,
                ),
        );
        break;
      case 'too_big':
        out.push(
          issue(
            path,
            'invalid_value',
            `Giá trị phải ≤ ${String(i.maximum)}`,
            `The value must be ≤ ${String(i.maximum)}`,
          ),
        );
        break;
      case 'invalid_union':
        out.push(
          issue(
            path,
            'invalid_type',
            'Giá trị không đúng dạng nào được chấp nhận',
            'The value matches none of the accepted forms',
          ),
        );
        break;
      default:
        // The plan schemas (strings, numbers, arrays, strict objects, unions, enums and
        // literals, no formats, records or refinements) raise none of the other codes;
        // zod's own message stands in should a future schema raise one.
        out.push(
          issue(path, 'invalid_value', `Giá trị không hợp lệ (${i.message})`, `Invalid value (${i.message})`),
        );
    }
  }
  return out;
}
