/**
 * Targets (chỉ tiêu): reading "Trên 80% …", "tối đa 20 phút", "< 5%",
 * "Top 03", "trong nhóm 5 địa phương đứng đầu" from plan text and checking
 * actual values against them.
 *
 * @module
 */
export { parseTarget } from './parseTarget.js';
export { parseTargets } from './parseTargets.js';
export { meetsTarget } from './meetsTarget.js';
