/**
 * Reads a `ScoreInput` into the value that counts (last appraisal round,
 * else appraised, else value, else self), the self and appraised values,
 * evidence and explanation.
 *
 * @internal
 * @module
 */
import { copyInput, inputIssues } from '../core/copyInput.js';
import type { Issue, IssuePath } from '../core/result.js';
import { msg } from './messages.js';
import type { AppraisalRound, EvidenceRef, ScoreInput, ScoreInputDetail, ScoreValue } from './types.js';

/** @internal */
export type Raw = ScoreValue | 'n/a';

/** @internal */
export interface ReadInput {
  readonly counted: Raw | undefined;
  readonly countedPath: IssuePath;
  readonly self: Raw | undefined;
  readonly appraised: Raw | undefined;
  readonly appraisedPath: IssuePath;
  readonly rounds: number;
  readonly lastRound: AppraisalRound | undefined;
  readonly evidence: readonly EvidenceRef[] | undefined;
  readonly explanation: string | undefined;
  readonly detailed: boolean;
}

const DETAIL_KEYS = ['self', 'appraised', 'value', 'evidence', 'explanation'];

/** Whether an input is the detailed form (has self/appraised/value/evidence/explanation). @internal */
export function isDetail(input: ScoreInput): input is ScoreInputDetail {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) return false;
  for (const k of DETAIL_KEYS) if (k in input) return true;
  return false;
}

function isRounds(v: unknown): v is readonly AppraisalRound[] {
  return (
    Array.isArray(v) &&
    v.length > 0 &&
    v.every((r) => r !== null && typeof r === 'object' && !Array.isArray(r) && 'value' in r)
  );
}

/** @internal */
export function readInput(id: string, input: ScoreInput): ReadInput {
  if (!isDetail(input)) {
    return {
      counted: input,
      countedPath: [id],
      self: undefined,
      appraised: undefined,
      appraisedPath: [id],
      rounds: 0,
      lastRound: undefined,
      evidence: undefined,
      explanation: undefined,
      detailed: false,
    };
  }
  let appraised: Raw | undefined;
  let appraisedPath: IssuePath = [id, 'appraised'];
  let rounds = 0;
  let lastRound: AppraisalRound | undefined;
  if (isRounds(input.appraised)) {
    rounds = input.appraised.length;
    lastRound = input.appraised[rounds - 1];
    appraised = lastRound?.value;
    appraisedPath = [id, 'appraised', rounds - 1, 'value'];
  } else if (input.appraised !== undefined) {
    appraised = input.appraised as Raw;
    rounds = 1;
  }
  let counted: Raw | undefined;
  let countedPath: IssuePath;
  if (appraised !== undefined) {
    counted = appraised;
    countedPath = appraisedPath;
  } else if (input.value !== undefined) {
    counted = input.value;
    countedPath = [id, 'value'];
  } else {
    counted = input.self;
    countedPath = [id, 'self'];
  }
  return {
    counted,
    countedPath,
    self: input.self,
    appraised,
    appraisedPath,
    rounds,
    lastRound,
    evidence: input.evidence,
    explanation: input.explanation === undefined ? undefined : input.explanation.normalize('NFC'),
    detailed: true,
  };
}

/** @internal A unit's inputs read safely: own keys only, in a record with no prototype. */
export interface OwnInputs {
  readonly inputs: Readonly<Record<string, ScoreInput>>;
  /** Values that could not be read or are not JSON (their key holds `null`). */
  readonly issues: readonly Issue[];
}

/**
 * Reads a unit's inputs into a record with no prototype (a leaf id such as
 * `constructor` or `toString` then finds no input where none was given),
 * each detailed input copied by `copyInput` (no getter, Proxy or cycle is
 * read later). Undefined when `raw` is not a plain object.
 *
 * @internal
 */
export function ownInputs(raw: unknown): OwnInputs | undefined {
  const issues: Issue[] = [];
  const inputs: Record<string, ScoreInput> = Object.create(null) as Record<string, ScoreInput>;
  let keys: string[];
  try {
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return undefined;
    const proto = Object.getPrototypeOf(raw);
    if (proto !== Object.prototype && proto !== null) return undefined;
    keys = Object.keys(raw);
  } catch {
    return { inputs, issues: [inputIssues.unreadable([])] };
  }
  for (const k of keys) {
    let v: unknown;
    try {
      v = (raw as Record<string, unknown>)[k];
    } catch {
      issues.push(inputIssues.unreadable([k]));
      inputs[k] = null as unknown as ScoreInput;
      continue;
    }
    if (typeof v === 'object' && v !== null) {
      const c = copyInput(v, { at: [k] });
      for (const i of c.issues) issues.push(i);
      v = c.value;
    } else if (typeof v === 'bigint' || typeof v === 'symbol' || typeof v === 'function') {
      const c = copyInput(v, { at: [k] });
      for (const i of c.issues) issues.push(i);
      v = c.value;
    }
    if (isDetail(v as ScoreInput)) detailShape(k, v as Record<string, unknown>, issues);
    inputs[k] = v as ScoreInput;
  }
  return { inputs, issues };
}

const EVIDENCE_FIELDS = ['number', 'date', 'fileId', 'title', 'item'];

/**
 * Checks the text parts of a detailed input (a copy: fields of the wrong
 * type are removed, so scoring reads only what it expects).
 */
function detailShape(id: string, d: Record<string, unknown>, issues: Issue[]): void {
  const ev = d['evidence'];
  if (ev !== undefined) {
    const good =
      Array.isArray(ev) &&
      ev.every(
        (e) =>
          e !== null &&
          typeof e === 'object' &&
          !Array.isArray(e) &&
          EVIDENCE_FIELDS.every((f) => {
            const x = (e as Record<string, unknown>)[f];
            return x === undefined || typeof x === 'string';
          }),
      );
    if (!good) {
      issues.push(
        msg.invalidInput(
          [id, 'evidence'],
          id,
          'bằng chứng (evidence) là danh sách các đối tượng { number, date, fileId, title, item } bằng văn bản',
          'evidence as a list of objects { number, date, fileId, title, item } of text',
        ),
      );
      delete d['evidence'];
    }
  }
  const rounds = d['appraised'];
  if (Array.isArray(rounds)) {
    rounds.forEach((r, n) => {
      if (r === null || typeof r !== 'object' || Array.isArray(r)) return;
      for (const f of ['by', 'on', 'note']) {
        const x = (r as Record<string, unknown>)[f];
        if (x === undefined || typeof x === 'string') continue;
        issues.push(
          msg.invalidInput(
            [id, 'appraised', n, f],
            id,
            `"${f}" của vòng thẩm định bằng văn bản`,
            `the round's "${f}" as text`,
          ),
        );
        delete (r as Record<string, unknown>)[f];
      }
    });
  }
  const ex = d['explanation'];
  if (ex !== undefined && typeof ex !== 'string') {
    issues.push(
      msg.invalidInput(
        [id, 'explanation'],
        id,
        'giải trình (explanation) bằng văn bản',
        'the explanation as text',
      ),
    );
    delete d['explanation'];
  }
}
