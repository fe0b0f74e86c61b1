import type { PresetId } from '../model/activity-vocab';
import type { MessageKey } from './messages';

/** Each proof preset's name, for the log page's choice of service and the popup's meter. */
export const PRESET_LABELS = {
  uwv: 'presetUwv',
  vdab: 'presetVdab',
  'forem-actiris': 'presetForemActiris',
  'ba-jobcenter': 'presetBaJobcenter',
  'universal-credit': 'presetUniversalCredit',
  'us-ny': 'presetUsNy',
  general: 'presetGeneral',
} as const satisfies Record<PresetId, MessageKey>;
