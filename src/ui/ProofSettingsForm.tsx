import { useState } from 'preact/hooks';
import type { ActivityWords } from '../i18n/activity-words';
import { PRESET_LABELS } from '../i18n/preset-labels';
import { PRESETS } from '../log/presets';
import { PRESET_IDS, type PresetId } from '../model/activity-vocab';
import type { ProofSettings } from '../model/proof-settings';
import type { Translate } from './i18n';

export interface ProofSettingsFormProps {
  settings: ProofSettings;
  /** The saved name: the name field's first value. */
  name: string;
  t: Translate;
  words: ActivityWords;
  onSettings(settings: ProofSettings): void;
  onName(name: string): void;
}

/**
 * The proof's settings: which service, since when, the person's own number where the service
 * agrees one with them, and their details as printed. Each is saved when the field is left.
 */
export function ProofSettingsForm({ settings, name, t, words, onSettings, onName }: ProofSettingsFormProps) {
  const preset = settings.preset ? PRESETS[settings.preset] : null;
  const measure = preset?.rhythm.measure ?? 'count';
  // Universal Credit's target is hours a week; it is kept in minutes.
  const perUnit = measure === 'minutes' ? 60 : 1;
  const [targetText, setTargetText] = useState(settings.target === null ? '' : String(settings.target / perUnit));
  const [targetWrong, setTargetWrong] = useState(false);
  // What is typed, apart from what is saved: the part re-renders whenever a save's answer comes
  // back, and a field bound only to the saved value was emptied under the person's fingers then
  // (a name typed just after choosing a start date was lost, and never saved).
  const [nameText, setNameText] = useState(name);
  const [clientNumberText, setClientNumberText] = useState(settings.clientNumber);
  const [addressText, setAddressText] = useState(settings.address);
  const [remindText, setRemindText] = useState(String(settings.remindDaysBefore));
  const needsStart = preset?.rhythm.period.unit === 'weeks' && preset.rhythm.period.anchor === 'start' && !settings.start;
  const rule =
    preset?.rhythm.target == null
      ? t('proofTargetAsAgreed')
      : measure === 'minutes'
        ? words.duration(preset.rhythm.target)
        : String(preset.rhythm.target);

  const saveTarget = (text: string) => {
    if (text.trim() === '') {
      setTargetWrong(false);
      return onSettings({ ...settings, target: null });
    }
    const n = Number(text);
    const ok = Number.isInteger(n) && n >= 1 && n * perUnit <= 100 * 60;
    setTargetWrong(!ok);
    if (ok) onSettings({ ...settings, target: n * perUnit });
  };

  return (
    <fieldset class="proof-settings" data-testid="proof-settings">
      <legend>{t('proofSettingsHeading')}</legend>
      <div class="grid">
        <label>
          <span>{t('proofService')}</span>
          <select
            data-testid="proof-preset"
            value={settings.preset ?? ''}
            onChange={(e) => {
              const next = (e.currentTarget.value || null) as PresetId | null;
              // Another service's number does not carry over: its unit or its rule may differ.
              setTargetText('');
              onSettings({ ...settings, preset: next, target: null });
            }}
          >
            <option value="">{t('proofServiceNone')}</option>
            {PRESET_IDS.map((id) => (
              <option key={id} value={id}>
                {t(PRESET_LABELS[id])}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('proofStart')}</span>
          <input
            type="date"
            data-testid="proof-start"
            value={settings.start ?? ''}
            aria-describedby="proof-start-hint"
            aria-invalid={needsStart || undefined}
            onChange={(e) => onSettings({ ...settings, start: e.currentTarget.value || null })}
          />
        </label>
        <label>
          <span>{measure === 'minutes' ? t('proofTargetHours') : measure === 'days' ? t('proofTargetDays') : t('proofTarget')}</span>
          <input
            type="number"
            min={1}
            data-testid="proof-target"
            value={targetText}
            aria-describedby="proof-target-hint"
            aria-invalid={targetWrong || undefined}
            onInput={(e) => setTargetText(e.currentTarget.value)}
            onChange={(e) => saveTarget(e.currentTarget.value)}
          />
        </label>
        <label>
          <span>{t('proofRemindDays')}</span>
          <input
            type="number"
            min={1}
            max={14}
            data-testid="proof-remind-days"
            value={remindText}
            onInput={(e) => setRemindText(e.currentTarget.value)}
            onChange={(e) => {
              const days = Math.round(Number(e.currentTarget.value));
              if (days >= 1 && days <= 14) onSettings({ ...settings, remindDaysBefore: days });
            }}
          />
        </label>
      </div>
      <p class="hint" id="proof-start-hint">
        {needsStart ? <strong class="error">{t('proofStartNeeded')}</strong> : t('proofStartHint')}
      </p>
      <p class={targetWrong ? 'error' : 'hint'} id="proof-target-hint" role={targetWrong ? 'alert' : undefined}>
        {targetWrong ? t('proofTargetWrong') : t('proofTargetHint', rule)}
      </p>
      <fieldset class="person">
        <legend>{t('proofPersonLegend')}</legend>
        <div class="grid">
          <label>
            <span>{t('reportName')}</span>
            <input
              type="text"
              data-testid="proof-name"
              autocomplete="name"
              maxLength={200}
              value={nameText}
              onInput={(e) => setNameText(e.currentTarget.value)}
              onChange={(e) => onName(e.currentTarget.value)}
            />
          </label>
          <label>
            <span>{t('proofClientNumber')}</span>
            <input
              type="text"
              data-testid="proof-client-number"
              maxLength={100}
              value={clientNumberText}
              aria-describedby="proof-client-hint"
              onInput={(e) => setClientNumberText(e.currentTarget.value)}
              onChange={(e) => onSettings({ ...settings, clientNumber: e.currentTarget.value.trim() })}
            />
          </label>
          <label>
            <span>{t('proofAddress')}</span>
            <input
              type="text"
              data-testid="proof-address"
              autocomplete="street-address"
              maxLength={500}
              value={addressText}
              onInput={(e) => setAddressText(e.currentTarget.value)}
              onChange={(e) => onSettings({ ...settings, address: e.currentTarget.value.trim() })}
            />
          </label>
        </div>
        <p class="hint" id="proof-client-hint">
          {t('proofClientNumberHint')}
        </p>
      </fieldset>
    </fieldset>
  );
}
