/**
 * The one safe reader of users' JSON-like input: an iterative copy with a
 * depth cap, shared objects copied once, cycles and values that are not JSON
 * reported as issues. Every loader copies its input through it before
 * anything else reads it, so nothing below ever meets a getter, a Proxy, a
 * cycle or a nesting deep enough to overflow the stack.
 *
 * @internal
 * @module
 */
import { issue, type Issue, type IssuePath } from './result.js';

/**
 * The codes of the copy's issues. Each module that reads input lists them
 * among its own codes.
 *
 * @internal
 */
export const INPUT_ISSUE_CODES = /* @__PURE__ */ Object.freeze({
  /** A value that is not JSON: a BigInt, a Symbol, a function, or an object that is not a plain object or array. */
  invalidType: 'invalid_type',
  /** Objects and arrays nested deeper than the loader reads. */
  tooDeep: 'too_deep',
  /** An object or array that contains itself. */
  cycle: 'cycle',
  /** A value that cannot be read: a getter or a Proxy that throws. */
  unreadable: 'unreadable',
  /** More values than the loaders read, counting a shared object once per place it appears. */
  tooLarge: 'too_large',
} as const);

/**
 * How deep the loaders read: objects and arrays nested more than 64 levels
 * (a plan is at most 7, a criteria tree of 20 levels is 42) are `too_deep`.
 *
 * @internal
 */
export const MAX_INPUT_DEPTH = 64;

/**
 * How many values (objects, arrays, and what they hold) the loaders read,
 * counting an object shared by several parents once per parent: 2^24
 * (16,777,216). JSON text of that many values is at least 32 MB; the limit
 * stops a small graph of shared objects from standing for billions.
 *
 * @internal
 */
export const MAX_INPUT_VALUES = 16_777_216;

/** @internal */
export interface CopyOptions {
  /** Objects and arrays nested deeper than this are replaced by `null` with a `too_deep` issue. Default {@link MAX_INPUT_DEPTH}. */
  readonly maxDepth?: number;
  /** More values than this (shared objects counted once per parent) give `too_large` and a `null` copy. Default {@link MAX_INPUT_VALUES}. */
  readonly maxValues?: number;
  /** Normalise strings and keys to NFC. Default true. */
  readonly nfc?: boolean;
  /** Prefix of every issue path (`['reports']`). Default none. */
  readonly at?: IssuePath;
}

/** @internal */
export interface CopiedInput {
  /** The copy: plain objects and arrays; every value the copy could not take is `null`. */
  readonly value: unknown;
  /** What could not be copied, in input order. */
  readonly issues: readonly Issue[];
}

/** @internal The issue of one value the copy refused. */
export const inputIssues = {
  tooDeep: (path: IssuePath, max: number): Issue =>
    issue(
      path,
      'too_deep',
      `Dữ liệu lồng nhau sâu hơn ${max} cấp`,
      `Objects and arrays nested deeper than ${max} levels`,
    ),
  cycle: (path: IssuePath): Issue =>
    issue(
      path,
      'cycle',
      'Giá trị chứa lại chính nó (vòng lặp), điều JSON không thể có',
      'The value contains itself (a cycle), which JSON cannot',
    ),
  unreadable: (path: IssuePath): Issue =>
    issue(
      path,
      'unreadable',
      'Không đọc được giá trị (một getter hoặc Proxy báo lỗi)',
      'The value cannot be read (a getter or a Proxy throws)',
    ),
  tooLarge: (path: IssuePath, max: number): Issue =>
    issue(
      path,
      'too_large',
      `Dữ liệu có hơn ${max} giá trị (một đối tượng dùng chung được đếm ở mỗi nơi nó xuất hiện)`,
      `More than ${max} values (an object shared by several parents counts once per parent)`,
    ),
  notJson: (path: IssuePath, what: string, whatVi: string): Issue =>
    issue(
      path,
      'invalid_type',
      `${whatVi} không phải giá trị JSON (chuỗi, số, đúng/sai, null, danh sách, đối tượng)`,
      `${what} is not a JSON value (text, number, true/false, null, list, object)`,
    ),
};

/** An object or array being filled. */
interface Frame {
  readonly src: object;
  /** The copy: an array when `keys` is null, else an object. */
  readonly dst: unknown[] | Record<string, unknown>;
  /** The keys to read (for an array: null, read by index up to `length`). */
  readonly keys: readonly string[] | null;
  readonly length: number;
  i: number;
  /** The frame holding this one, and this one's key there (for issue paths, built only when needed). */
  readonly parent: Frame | null;
  readonly key: string | number;
  /** Objects and arrays on the way from the root down to this one, itself included. */
  readonly depth: number;
  /** Levels of objects and arrays in this one's copy so far (itself: 1). */
  height: number;
  /** Values in this one so far, itself included, a shared object once per parent. */
  size: number;
}

/** An object or array met before: its copy, and once done its height and size (height -1 while open). */
interface Done {
  readonly copy: unknown;
  height: number;
  size: number;
}

/** Text in NFC; text below U+0300 is NFC already and is not copied. */
function nfcOf(text: string): string {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x300) return text.normalize('NFC');
  return text;
}

function isPlainObject(v: object): boolean {
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/**
 * Copies `value`, users' JSON-like input, into plain objects and arrays
 * (strings and keys in NFC unless `nfc: false`) without recursion, and
 * never throws. What it cannot copy becomes `null` with an issue at its path:
 *
 * - objects and arrays nested deeper than `maxDepth` — `too_deep`;
 * - an object or array inside itself — `cycle` (an object met again
 *   elsewhere, not inside itself, is copied once and shared, so a graph of
 *   shared objects costs its size, not its number of paths);
 * - a getter or a Proxy that throws — `unreadable`;
 * - a BigInt, Symbol, function, or an object that is neither a plain object
 *   nor an array (a `Date`, a `Map`, a class instance) — `invalid_type`.
 *
 * Keys such as `__proto__` and `constructor` are copied as own data
 * properties and never reach a prototype. Numbers, booleans, `null` and
 * `undefined` are kept.
 *
 * @internal
 */
export function copyInput(value: unknown, options: CopyOptions = {}): CopiedInput {
  const maxDepth = options.maxDepth ?? MAX_INPUT_DEPTH;
  const maxValues = options.maxValues ?? MAX_INPUT_VALUES;
  const nfc = options.nfc ?? true;
  const at: IssuePath = options.at ?? [];
  const issues: Issue[] = [];
  // One entry per object or array, made when it is first met: height -1 while it is
  // being copied (met again then, it contains itself), its height and size once done.
  const done = new Map<object, Done>();
  const stack: Frame[] = [];
  /** The path of `key` in `frame` (of the root when `frame` is null). */
  const pathOf = (frame: Frame | null, key?: string | number): (string | number)[] => {
    if (frame === null) return [...at];
    const keys: (string | number)[] = key === undefined ? [] : [key];
    for (let f = frame; f !== null && f.parent !== null; f = f.parent) keys.push(f.key);
    keys.push(...at.slice().reverse());
    return keys.reverse();
  };

  /**
   * Reads the object or array `v` at `key` of `parent` (the root when null),
   * below `depth` objects and arrays: a new one is pushed on the stack and its
   * copy returned (filled later); a shared one already copied is returned; a
   * refused one is reported and gives null. `height` and `size` of what was
   * taken are added to the parent here or when its frame is done.
   */
  const take = (v: unknown, parent: Frame | null, key: string | number, depth: number): unknown => {
    const refuse = (problem: Issue): null => {
      issues.push(problem);
      if (parent !== null) parent.size++;
      return null;
    };
    if (typeof v === 'bigint')
      return refuse(inputIssues.notJson(pathOf(parent, key), 'A BigInt', 'Số BigInt'));
    if (typeof v === 'symbol') return refuse(inputIssues.notJson(pathOf(parent, key), 'A Symbol', 'Symbol'));
    if (typeof v === 'function') return refuse(inputIssues.notJson(pathOf(parent, key), 'A function', 'Hàm'));
    const o = v as object;
    const seen = done.get(o);
    if (seen !== undefined) {
      if (seen.height < 0) return refuse(inputIssues.cycle(pathOf(parent, key)));
      if (depth + seen.height > maxDepth) return refuse(inputIssues.tooDeep(pathOf(parent, key), maxDepth));
      if (parent !== null) {
        if (seen.height + 1 > parent.height) parent.height = seen.height + 1;
        parent.size += seen.size;
      }
      return seen.copy;
    }
    if (depth + 1 > maxDepth) return refuse(inputIssues.tooDeep(pathOf(parent, key), maxDepth));
    let frame: Frame;
    try {
      if (Array.isArray(o)) {
        const length = o.length;
        const dst = new Array<unknown>(length);
        frame = { src: o, dst, keys: null, length, i: 0, parent, key, depth: depth + 1, height: 1, size: 1 };
      } else if (isPlainObject(o)) {
        const keys = Object.keys(o);
        frame = {
          src: o,
          dst: {},
          keys,
          length: keys.length,
          i: 0,
          parent,
          key,
          depth: depth + 1,
          height: 1,
          size: 1,
        };
      } else {
        return refuse(
          inputIssues.notJson(
            pathOf(parent, key),
            'An object that is not a plain object or array',
            'Đối tượng không phải đối tượng thuần hay danh sách',
          ),
        );
      }
    } catch {
      return refuse(inputIssues.unreadable(pathOf(parent, key)));
    }
    done.set(o, { copy: frame.dst, height: -1, size: 0 });
    stack.push(frame);
    return frame.dst;
  };

  let size = 1;
  let copy: unknown;
  if (typeof value === 'string') copy = nfc ? nfcOf(value) : value;
  else if (
    value === null ||
    (typeof value !== 'object' &&
      typeof value !== 'bigint' &&
      typeof value !== 'symbol' &&
      typeof value !== 'function')
  )
    copy = value;
  else copy = take(value, null, '', 0);
  while (stack.length > 0) {
    const f = stack[stack.length - 1] as Frame;
    if (f.i >= f.length) {
      stack.pop();
      const entry = done.get(f.src) as Done;
      entry.height = f.height;
      entry.size = f.size;
      const parent = f.parent;
      if (parent === null) size = f.size;
      else {
        if (f.height + 1 > parent.height) parent.height = f.height + 1;
        parent.size += f.size;
      }
      continue;
    }
    const array = f.keys === null;
    const key: string | number = array ? f.i : (f.keys[f.i] as string);
    f.i++;
    let child: unknown;
    try {
      child = (f.src as Record<string | number, unknown>)[key];
    } catch {
      issues.push(inputIssues.unreadable(pathOf(f, key)));
      child = null;
    }
    let out: unknown;
    if (typeof child === 'string') {
      out = nfc ? nfcOf(child) : child;
      f.size++;
    } else if (
      child === null ||
      typeof child === 'number' ||
      typeof child === 'boolean' ||
      child === undefined
    ) {
      out = child;
      f.size++;
    } else out = take(child, f, key, f.depth);
    if (array) (f.dst as unknown[])[key as number] = out;
    else {
      const k = nfc ? nfcOf(key as string) : (key as string);
      // Define, never assign: `dst['__proto__'] = v` would set dst's prototype,
      // and the key would vanish instead of being reported as an unknown field.
      if (k === '__proto__')
        Object.defineProperty(f.dst, k, { value: out, enumerable: true, writable: true, configurable: true });
      else (f.dst as Record<string, unknown>)[k] = out;
    }
  }
  if (size > maxValues) {
    issues.push(inputIssues.tooLarge([...at], maxValues));
    return { value: null, issues };
  }
  return { value: copy, issues };
}

/**
 * The issues of a copy followed by the later ones (schema, checks) that are
 * not about a value the copy already refused: a refused value became
 * `null`, and "expected text, got null" at its path would only repeat it.
 * An unknown field is kept: its key is the problem, not its value.
 *
 * @internal
 */
export function withInputIssues(input: readonly Issue[], later: readonly Issue[]): Issue[] {
  if (input.length === 0) return [...later];
  const refused = new Set(input.map((i) => JSON.stringify(i.path)));
  const out = [...input];
  for (const i of later) {
    let covered = false;
    for (let n = 0; n <= i.path.length && !covered; n++)
      covered = refused.has(JSON.stringify(i.path.slice(0, n)));
    // A field the format does not know is a problem of its key, whatever its value held.
    if (!covered || i.code === 'unknown_field') out.push(i);
  }
  return out;
}

/**
 * A value of users' input as a message shows it, without calling anything
 * of it (`String(v)` throws on `{ toString: null }`): text as written,
 * numbers, booleans and `null` as JSON writes them, `[…]` and `{…}` for
 * lists and objects.
 *
 * @internal
 */
export function shownValue(v: unknown): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean' || v === null || v === undefined) return String(v);
  if (typeof v !== 'object') return typeof v;
  try {
    return Array.isArray(v) ? '[…]' : '{…}';
  } catch {
    return '{…}'; // a revoked Proxy
  }
}

/**
 * {@link shownValue} with text in JSON quotes (`"2"`), as a message shows a
 * value of the wrong type.
 *
 * @internal
 */
export function shownJson(v: unknown): string {
  return typeof v === 'string' ? JSON.stringify(v) : shownValue(v);
}

/**
 * Sets `record[key]` as an own data property, whatever the key: assigning
 * `record['__proto__']` would set the record's prototype and lose the entry.
 * For records keyed by users' ids.
 *
 * @internal
 */
export function setOwn<T>(record: Record<string, T>, key: string, value: T): void {
  if (key === '__proto__')
    Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
  else record[key] = value;
}
