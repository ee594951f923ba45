import { t } from '../shared/i18n';

const ITEMS: { key: string; fallback: string }[] = [
  {
    key: 'privacyWhat',
    fallback:
      'For each post Humo judges: the site, a post key, the author’s id and name, the verdict, its score and the names of the signals that fired. Never the post’s text, images or links.',
  },
  {
    key: 'privacyCounts',
    fallback: 'Per author and per day: how many posts you saw and how many were selling. That is what the leaderboard and the chart show.',
  },
  {
    key: 'privacyWhere',
    fallback:
      'Stats live in this browser’s IndexedDB, on this device only. Your settings (sensitivity, phrases, author lists) live in the browser’s sync storage, so they follow you if you use browser sync.',
  },
  {
    key: 'privacyNothingLeaves',
    fallback: 'Nothing leaves your device: Humo makes no network requests at all — no analytics, no accounts, no servers.',
  },
  {
    key: 'privacyDelete',
    fallback:
      'To delete it: “Forget” an author in the popup, “Delete everything” above, or remove the extension, which deletes all of it.',
  },
];

/** "What Humo stores": what, where, that nothing leaves the device, how to delete it. */
export function Privacy() {
  return (
    <ul class="privacy">
      {ITEMS.map((item) => (
        <li key={item.key}>{t(item.key, undefined, item.fallback)}</li>
      ))}
    </ul>
  );
}
