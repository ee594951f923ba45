import { t } from '../shared/i18n';
import type { Settings } from '../shared/settings';
import { PhraseList } from './PhraseList';

interface Props {
  settings: Settings;
  save(patch: Partial<Settings>): Promise<boolean>;
}

/** The user's own promo and value phrases; they work in English and Spanish alike. */
export function Phrases({ settings, save }: Props) {
  return (
    <div class="phrases">
      <PhraseList
        id="promo"
        title={t('phrasesPromoTitle', undefined, 'Phrases that mean selling')}
        hint={t('phrasesPromoHint', undefined, 'A post with one of these counts towards “selling”. Any language, e.g. “free consultation”, “plazas limitadas”.')}
        placeholder={t('phrasesPromoPlaceholder', undefined, 'e.g. free consultation')}
        phrases={settings.customPromo}
        onChange={(customPromo) => save({ customPromo })}
      />
      <PhraseList
        id="value"
        title={t('phrasesValueTitle', undefined, 'Phrases that mean value')}
        hint={t('phrasesValueHint', undefined, 'These pull a post towards “adds value”, e.g. “open source”, “lo que aprendí”.')}
        placeholder={t('phrasesValuePlaceholder', undefined, 'e.g. what I learned')}
        phrases={settings.customValue}
        onChange={(customValue) => save({ customValue })}
      />
    </div>
  );
}
