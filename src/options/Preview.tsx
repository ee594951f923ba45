import { useMemo } from 'preact/hooks';
import type { ClassifySettings, Reason } from '../core/types';
import { signalLabel, t } from '../shared/i18n';
import { flaggedCount, previewSamples } from './preview-model';
import { SAMPLE_POSTS } from './sample-posts';

/** The learned model's evidence is a word piece ("20", "I"): meaningful to it, noise to people. */
const showEvidence = (reason: Reason): boolean => reason.start >= 0 && reason.signal !== 'model-ngram' && reason.evidence.trim().length > 1;

/** Counter-signals in words; the model pulling the other way reads "reads like an ordinary post". */
const counterLabel = (signal: string): string =>
  signal === 'model-ngram' ? t('signal_model_ngram_value', undefined, 'reads like an ordinary post') : signalLabel(signal);

const butText = (reasons: Reason[]): string =>
  reasons
    .slice(0, 2)
    .map((x) => counterLabel(x.signal))
    .join(', ');

/** Live preview: the real classifier on a dozen sample posts, with the settings being edited. */
export function Preview({ settings }: { settings: ClassifySettings }) {
  const results = useMemo(
    () => previewSamples(SAMPLE_POSTS, settings),
    [settings.sensitivity, settings.customPromo.join('\n'), settings.customValue.join('\n')],
  );
  const flagged = flaggedCount(results);
  return (
    <div class="preview" data-testid="preview">
      <p class="preview-summary" role="status" data-testid="preview-summary">
        {t('previewSummary', [String(flagged), String(results.length)], `Humo would mark ${flagged} of these ${results.length} posts as selling.`)}
      </p>
      <ul class="samples">
        {results.map((r) => (
          <li key={r.sample.id} class={r.flagged ? 'sample flagged' : 'sample'} data-sample={r.sample.id} data-flagged={String(r.flagged)} lang={r.sample.lang}>
            <div class="sample-head">
              <span class={r.flagged ? 'verdict promo' : 'verdict value'}>
                {r.flagged ? t('badgeSelling', undefined, 'Selling') : t('notSelling', undefined, 'Not selling')}
              </span>
              <span class="lang-tag">{r.sample.lang.toUpperCase()}</span>
              {r.sample.isAd && <span class="lang-tag">{t('sampleAd', undefined, 'Ad')}</span>}
            </div>
            <p class="sample-text">{r.sample.text}</p>
            {r.promoReasons.length > 0 && (
              <ul class="reasons" aria-label={t('reasonsLabel', undefined, 'Why')}>
                {r.promoReasons.slice(0, 4).map((reason) => (
                  <li key={reason.signal}>
                    {signalLabel(reason.signal)}
                    {showEvidence(reason) && <q>{reason.evidence}</q>}
                  </li>
                ))}
              </ul>
            )}
            {r.valueReasons.length > 0 && (
              <p class="but">
                {t('reasonsBut', butText(r.valueReasons), `but: ${butText(r.valueReasons)}`)}
              </p>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
