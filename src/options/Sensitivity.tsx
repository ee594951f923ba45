import type { Sensitivity as Level } from '../core/types';
import { t } from '../shared/i18n';

const LEVELS: { id: Level; fallback: string; hint: string }[] = [
  { id: 'relaxed', fallback: 'Relaxed', hint: 'Only the obvious: direct sales pitches, discount codes and ads.' },
  { id: 'balanced', fallback: 'Balanced', hint: 'Recommended. Catches most selling and rarely flags plain advice.' },
  { id: 'strict', fallback: 'Strict', hint: 'Also flags soft selling, like newsletter plugs and webinar invitations.' },
];

/** The three sensitivity levels as a radio group (arrow keys move between them natively). */
export function Sensitivity({ value, onChange }: { value: Level; onChange(next: Level): void }) {
  return (
    <fieldset class="levels" data-testid="sensitivity">
      <legend class="sr-only">{t('sensitivityTitle', undefined, 'Sensitivity')}</legend>
      {LEVELS.map((level) => (
        <label key={level.id} class={level.id === value ? 'level on' : 'level'}>
          <input
            type="radio"
            name="sensitivity"
            value={level.id}
            checked={level.id === value}
            aria-describedby={`level-${level.id}-hint`}
            onChange={() => onChange(level.id)}
          />
          <span class="level-text">
            <span class="level-name">{t(`sensitivity_${level.id}`, undefined, level.fallback)}</span>
            <span class="hint" id={`level-${level.id}-hint`}>
              {t(`sensitivity_${level.id}_hint`, undefined, level.hint)}
            </span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
