/**
 * Shipped criteria sets (presets) from primary sources, with their source
 * documents: see docs/presets.md.
 *
 * @module
 */
export {
  presets,
  getPreset,
  listPresets,
  type PresetId,
  type PresetInfo,
  type PresetCompleteness,
} from './registry.js';
