import { useState } from 'preact/hooks';
import browser from '../shared/browser';
import type { LeaderboardTab } from '../shared/messages';
import { t } from '../shared/i18n';
import { Glance } from './Glance';
import { useDailyShares } from './hooks/useDailyShares';
import { useSettings } from './hooks/useSettings';
import { useStorageError } from './hooks/useStatus';
import { Leaderboard } from './Leaderboard';
import { uiLocale } from './locale';
import { MuteToggle } from './MuteToggle';
import { Tabs } from './Tabs';

function openOptions(): void {
  void browser.runtime.openOptionsPage().then(() => window.close());
}

/** The toolbar popup: glance chart, mute switch, leaderboard, link to the options page. */
export function App() {
  const locale = uiLocale();
  const settings = useSettings();
  const [tab, setTab] = useState<LeaderboardTab>('value');
  const [revision, setRevision] = useState(0);
  const daily = useDailyShares(revision);
  const storageError = useStorageError(revision);
  return (
    <div class="popup">
      <header class="top">
        <img src="/icons/humo-32.png" alt="" width={22} height={22} />
        <h1>Humo</h1>
        <button type="button" class="icon-btn" data-testid="open-options" onClick={openOptions}>
          <svg viewBox="0 0 20 20" width="16" height="16" aria-hidden="true" focusable="false">
            <path
              fill="currentColor"
              d="M11.3 1.5l.4 2.2a6.6 6.6 0 0 1 1.6.9l2.1-.8 1.3 2.3-1.7 1.4a6.7 6.7 0 0 1 0 1.9l1.7 1.4-1.3 2.3-2.1-.8a6.6 6.6 0 0 1-1.6.9l-.4 2.2H8.7l-.4-2.2a6.6 6.6 0 0 1-1.6-.9l-2.1.8-1.3-2.3L5 9.4a6.7 6.7 0 0 1 0-1.9L3.3 6.1l1.3-2.3 2.1.8a6.6 6.6 0 0 1 1.6-.9l.4-2.2h2.6zM10 6.8a3.2 3.2 0 1 0 0 6.4 3.2 3.2 0 0 0 0-6.4z"
            />
          </svg>
          <span>{t('openOptions', undefined, 'Options')}</span>
        </button>
      </header>
      <main>
        {storageError && (
          <p class="error-box" role="alert" data-testid="storage-error">
            <strong>{t('storageErrorTitle', undefined, 'Humo could not save what it saw.')}</strong>{' '}
            {t('storageErrorBody', storageError.error, `The browser's storage reported: ${storageError.error}`)}
          </p>
        )}
        <Glance daily={daily} locale={locale} />
        <MuteToggle
          checked={settings.settings?.muteSellers ?? false}
          disabled={!settings.settings}
          onChange={(next) => void settings.save({ muteSellers: next })}
        />
        <section class="board-section" aria-labelledby="board-title">
          <h2 id="board-title">{t('boardTitle', undefined, 'Who you see')}</h2>
          <Tabs<LeaderboardTab>
            label={t('boardTitle', undefined, 'Who you see')}
            tabs={[
              { id: 'value', label: t('tabValue', undefined, 'Adds value') },
              { id: 'sells', label: t('tabSells', undefined, 'Only sells') },
            ]}
            selected={tab}
            onSelect={setTab}
          >
            <Leaderboard tab={tab} locale={locale} settings={settings} onForgotten={() => setRevision((r) => r + 1)} />
          </Tabs>
        </section>
      </main>
    </div>
  );
}
