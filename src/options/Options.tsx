import type { ComponentChildren } from 'preact';
import { t } from '../shared/i18n';
import { useSettings } from '../popup/hooks/useSettings';
import { AuthorLists } from './AuthorLists';
import { DataSection } from './DataSection';
import { Phrases } from './Phrases';
import { Preview } from './Preview';
import { Privacy } from './Privacy';
import { Sensitivity } from './Sensitivity';

function Section(props: { id: string; title: string; intro?: string; children: ComponentChildren }) {
  return (
    <section class="card" id={props.id} aria-labelledby={`${props.id}-h`}>
      <h2 id={`${props.id}-h`}>{props.title}</h2>
      {props.intro && <p class="intro">{props.intro}</p>}
      {props.children}
    </section>
  );
}

/** The options page: sensitivity with a live preview, phrases, author lists, data, privacy. */
export function Options() {
  const { settings, error, save } = useSettings();
  return (
    <div class="page">
      <header class="page-head">
        <img src="/icons/humo-48.png" alt="" width={36} height={36} />
        <div>
          <h1>{t('optionsTitle', undefined, 'Humo options')}</h1>
          <p class="hint">{t('optionsSubtitle', undefined, 'Tune what counts as selling. Everything stays on this device.')}</p>
        </div>
      </header>
      {error && (
        <p class="banner" role="alert" data-testid="settings-error">
          {error}
        </p>
      )}
      <main class="grid">
        {!settings ? (
          <p class="hint">{t('loading', undefined, 'Loading…')}</p>
        ) : (
          <>
            <div class="col">
              <Section id="sensitivity" title={t('sensitivityTitle', undefined, 'Sensitivity')} intro={t('sensitivityIntro', undefined, 'How sure Humo must be before it marks a post as selling.')}>
                <Sensitivity value={settings.sensitivity} onChange={(sensitivity) => void save({ sensitivity })} />
              </Section>
              <Section id="phrases" title={t('phrasesTitle', undefined, 'Your own phrases')}>
                <Phrases settings={settings} save={save} />
              </Section>
              <Section id="authors" title={t('authorsTitle', undefined, 'Authors')}>
                <AuthorLists settings={settings} save={save} />
              </Section>
              <Section id="data" title={t('dataTitle', undefined, 'Your data')}>
                <DataSection />
              </Section>
              <Section id="privacy" title={t('privacyTitle', undefined, 'What Humo stores')}>
                <Privacy />
              </Section>
            </div>
            <div class="col">
              <Section id="preview" title={t('previewTitle', undefined, 'Live preview')} intro={t('previewIntro', undefined, 'Sample posts, judged right here with your current choices.')}>
                <Preview settings={settings} />
              </Section>
            </div>
          </>
        )}
      </main>
    </div>
  );
}
