/**
 * Whether an actual value meets a `target` rule's target, through the plan
 * module's `meetsTarget` (one meaning of "đạt chỉ tiêu" across the library).
 *
 * @internal
 * @module
 */
import { meetsTarget } from '../plan/index.js';
import type { Target } from '../plan/types.js';
import type { TargetSpec } from './types.js';

/** @internal */
export function targetMet(spec: TargetSpec, actual: number): boolean {
  const target: Target = {
    comparator: spec.comparator,
    value: spec.value,
    unit: spec.unit ?? '',
    raw: spec.raw ?? `${spec.comparator} ${spec.value}${spec.unit ?? ''}`,
  };
  return meetsTarget(target, actual);
}
