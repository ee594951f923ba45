import { t } from '../shared/i18n';

interface Props {
  checked: boolean;
  disabled?: boolean;
  onChange(next: boolean): void;
}

/** "Mute the sellers": a real switch (button role=switch; Space and Enter toggle it). */
export function MuteToggle({ checked, disabled, onChange }: Props) {
  return (
    <div class="mute">
      <div class="mute-text">
        <span id="mute-label" class="mute-label">
          {t('muteSellers', undefined, 'Mute the sellers')}
        </span>
        <span id="mute-hint" class="hint">
          {t('muteSellersHint', undefined, 'Shrinks selling posts to one thin line you can open.')}
        </span>
      </div>
      <button
        type="button"
        role="switch"
        class="switch"
        data-testid="mute-toggle"
        aria-checked={checked}
        aria-labelledby="mute-label"
        aria-describedby="mute-hint"
        disabled={disabled}
        onClick={() => onChange(!checked)}
      >
        <span class="knob" aria-hidden="true" />
      </button>
    </div>
  );
}
