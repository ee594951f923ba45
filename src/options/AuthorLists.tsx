import { t } from '../shared/i18n';
import type { Settings } from '../shared/settings';
import { handleOf, parseAuthorKey, PLATFORM_NAMES } from '../popup/format';

interface Props {
  settings: Settings;
  save(patch: Partial<Settings>): Promise<boolean>;
}

/** Always-mute and never-mute lists: what is on them, and a way off. */
export function AuthorLists({ settings, save }: Props) {
  return (
    <div class="author-lists">
      <KeyList
        id="always"
        title={t('alwaysMuteTitle', undefined, 'Always muted')}
        hint={t('alwaysMuteHint', undefined, 'Every post by these authors is folded to one line when “Mute the sellers” is on.')}
        keys={settings.alwaysMute}
        onRemove={(key) => save({ alwaysMute: settings.alwaysMute.filter((k) => k !== key) })}
      />
      <KeyList
        id="never"
        title={t('neverMuteTitle', undefined, 'Never muted')}
        hint={t('neverMuteHint', undefined, 'Posts by these authors are still marked, but never folded away.')}
        keys={settings.neverMute}
        onRemove={(key) => save({ neverMute: settings.neverMute.filter((k) => k !== key) })}
      />
    </div>
  );
}

function KeyList(props: { id: string; title: string; hint: string; keys: string[]; onRemove(key: string): void }) {
  return (
    <div class="key-list" data-testid={`list-${props.id}`}>
      <h3 id={`list-${props.id}-title`}>{props.title}</h3>
      <p class="hint">{props.hint}</p>
      {props.keys.length === 0 ? (
        <p class="hint empty-line">{t('authorsNone', undefined, 'Nobody yet. Use the ⋯ menu next to an author in the toolbar popup.')}</p>
      ) : (
        <ul class="rows" aria-labelledby={`list-${props.id}-title`}>
          {props.keys.map((key) => {
            const { platform, authorId } = parseAuthorKey(key);
            const shown = platform ? `${handleOf(platform, authorId)} (${PLATFORM_NAMES[platform]})` : authorId;
            return (
              <li key={key} data-key={key}>
                <span class="row-main">{platform ? handleOf(platform, authorId) : authorId}</span>
                <span class="hint">{platform ? PLATFORM_NAMES[platform] : ''}</span>
                <button type="button" class="btn small" aria-label={t('removeItem', shown, `Remove “${shown}”`)} onClick={() => props.onRemove(key)}>
                  {t('remove', undefined, 'Remove')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
