import { PLATFORMS, type Platform } from '../core/types';
import { t } from '../shared/i18n';
import { PLATFORM_NAMES } from './format';

type Choice = Platform | 'all';
const CHOICES: readonly Choice[] = ['all', ...PLATFORMS];

/** All / X / Facebook / LinkedIn as a segmented radio group (native arrow-key behaviour). */
export function PlatformFilter({ value, onChange }: { value: Choice; onChange(next: Choice): void }) {
  return (
    <fieldset class="segmented" data-testid="platform-filter">
      <legend class="sr-only">{t('platformFilter', undefined, 'Platform')}</legend>
      {CHOICES.map((choice) => (
        <label key={choice} class={choice === value ? 'seg on' : 'seg'}>
          <input type="radio" name="platform" value={choice} checked={choice === value} onChange={() => onChange(choice)} />
          <span>{choice === 'all' ? t('platformAll', undefined, 'All') : PLATFORM_NAMES[choice]}</span>
        </label>
      ))}
    </fieldset>
  );
}
