import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../model/settings';
import type { Translate } from './i18n';
import type { LogApi } from './log-api';

export function LogSettings({ api, t, onError }: { api: Pick<LogApi, 'getSettings' | 'setSettings'>; t: Translate; onError: (e: unknown) => void }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    api.getSettings().then(setSettings, onError);
  }, [api]);
  if (!settings) return null;

  const save = (next: Settings) => {
    setSettings(next);
    setSaved(false);
    api.setSettings(next).then(() => setSaved(true), onError);
  };
  return (
    <section aria-labelledby="settings-heading" class="settings">
      <h2 id="settings-heading">{t('settingsHeading')}</h2>
      <label class="inline">
        <input
          type="checkbox"
          data-testid="reminders-enabled"
          checked={settings.reminders}
          onChange={(e) => save({ ...settings, reminders: e.currentTarget.checked })}
        />
        <span>{t('remindersEnabled')}</span>
      </label>
      <label>
        <span>{t('reminderDays')}</span>
        <input
          type="number"
          min={1}
          max={30}
          data-testid="reminder-days"
          disabled={!settings.reminders}
          value={settings.deadlineReminderDays}
          onChange={(e) => {
            const days = Math.round(Number(e.currentTarget.value));
            if (days >= 1 && days <= 30) save({ ...settings, deadlineReminderDays: days });
          }}
        />
      </label>
      <p class="hint">{t('eventReminderHint')}</p>
      <p class="saved" aria-live="polite">
        {saved ? t('saved') : ''}
      </p>
    </section>
  );
}
