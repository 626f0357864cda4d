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

/**
 * A unit's inputs read into the slots of a compiled set (see
 * `Compiled.slots`): each leaf's at its `ix`, each adjustment's after the
 * nodes'; `undefined` where nothing was given.
 *
 * @internal
 */
export interface UnitInputs {
  readonly slots: unknown[];
  /** Values that could not be read or are not JSON (their slot holds `null`). */
  readonly issues: readonly Issue[];
  /** Keys naming no leaf or adjustment: unknown ids and parents, in key order. */
  readonly keyIssues: readonly Issue[];
}

const NO_ISSUES: readonly Issue[] = Object.freeze([]);

/**
 * A value of the unit's own key `k`, read once (no getter or Proxy is read
 * twice): objects and what is not JSON go through `copyInput`, so nothing
 * later meets a getter, a Proxy or a cycle; a detailed input's text parts
 * are checked. Problems are pushed on `issues`, and what could not be read
 * or copied is then `null`.
 */
function ownValue(raw: object, k: string, issues: Issue[]): unknown {
  let v: unknown;
  try {
    v = (raw as Record<string, unknown>)[k];
  } catch {
    issues.push(inputIssues.unreadable([k]));
    return null;
  }
  const t = typeof v;
  if ((t === 'object' && v !== null) || t === 'bigint' || t === 'symbol' || t === 'function') {
    const c = copyInput(v, { at: [k] });
    for (const i of c.issues) issues.push(i);
    v = c.value;
    if (isDetail(v as ScoreInput)) detailShape(k, v as Record<string, unknown>, issues);
  }
  return v;
}

/**
 * Input keys → slots (see `Compiled.slots`), remembering the last unit's
 * keys by position: the units of one call are mostly written alike (same
 * keys in the same order), so a key is first compared with the key at its
 * place in the last unit (the same string: one pointer comparison) before
 * it is looked up. Lives as long as its compiled set (one call).
 *
 * @internal
 */
export class KeySlots {
  private readonly lastKeys: string[] = [];
  private readonly lastSlots: (number | undefined)[] = [];
  constructor(
    /** Id → slot: leaves' and adjustments' slots; a parent's is negative (`INNER_SLOT`). */
    readonly map: ReadonlyMap<string, number>,
    /** Slots per unit. */
    readonly count: number,
  ) {}

  /** The id of a slot (for messages: a rare path). */
  idOf(slot: number): string {
    for (const [id, s] of this.map) if (s === slot) return id;
    return '';
  }

  /** The slot of key `k`, the `i`-th of its unit. */
  slotOf(k: string, i: number): number | undefined {
    if (this.lastKeys[i] === k) return this.lastSlots[i];
    const slot = this.map.get(k);
    this.lastKeys[i] = k;
    this.lastSlots[i] = slot;
    return slot;
  }
}

/**
 * Reads a unit's own keys straight into slots, one lookup per key (no copy
 * of the whole record: a province's run reads a million keys). A key not
 * found as written is read in NFC (set ids are NFC); the same id written
 * twice (in NFC and NFD) is a `duplicate_id` key issue. Undefined when
 * `raw` is not a plain object.
 *
 * @internal
 */
export function readUnit(slotOf: KeySlots, raw: unknown): UnitInputs | undefined {
  const slots = new Array<unknown>(slotOf.count);
  let keys: string[];
  try {
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return undefined;
    const proto = Object.getPrototypeOf(raw);
    if (proto !== Object.prototype && proto !== null) return undefined;
    keys = Object.keys(raw);
  } catch {
    return { slots, issues: [inputIssues.unreadable([])], keyIssues: NO_ISSUES };
  }
  const issues: Issue[] = [];
  let keyIssues: Issue[] | undefined;
  let renamed: [number, unknown][] | undefined;
  let renamedKeys: string[] | undefined;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i] as string;
    const v = ownValue(raw, k, issues);
    const slot = slotOf.slotOf(k, i);
    if (slot !== undefined && slot >= 0) {
      slots[slot] = v;
      continue;
    }
    // The rare keys: a parent's id, an unknown id, an id not in NFC.
    const id = slot === undefined ? k.normalize('NFC') : k;
    const found = id === k ? slot : slotOf.map.get(id);
    if (found === undefined) (keyIssues ??= []).push(msg.unknownInput(k));
    else if (found < 0) (keyIssues ??= []).push(msg.notALeaf(id));
    else {
      (renamed ??= []).push([found, v]);
      (renamedKeys ??= []).push(k);
    }
  }
  if (renamed !== undefined)
    for (let r = 0; r < renamed.length; r++) {
      const [slot, v] = renamed[r] as [number, unknown];
      // The same leaf written in NFC and NFD (or twice in NFD): which value counts is not for us to guess.
      if (slot in slots)
        (keyIssues ??= []).push(msg.duplicateId([renamedKeys?.[r] ?? ''], slotOf.idOf(slot)));
      else slots[slot] = v;
    }
  return { slots, issues: issues.length === 0 ? NO_ISSUES : issues, keyIssues: keyIssues ?? NO_ISSUES };
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
