import { adapterForHost } from '../platforms';
import type { PlatformAdapter, PostSnapshot } from '../platforms/types';
import { request } from '../shared/messaging';
import { authorKey, type Settings } from '../shared/settings';
import { loadSettings, onSettingsChanged, saveSettings } from '../shared/settings-store';
import { AuthorLines } from './author-lines';
import type { BadgeActions } from './badge';
import { floorJudge, floorOf } from './bench-floor';
import { installBenchProbe, type BenchKind } from './bench-probe';
import { Corrections } from './corrections';
import { FeedWatcher } from './feed-watcher';
import { Judge } from './judge';
import { Outbox } from './outbox';
import { Presenter } from './presenter';
import { keepPostInView } from './scroll-anchor';

/** Moves an author to one list and off the other (always-mute and never-mute exclude each other). */
function listAuthor(settings: Settings, key: string, list: 'alwaysMute' | 'neverMute'): Partial<Settings> {
  const other = list === 'alwaysMute' ? 'neverMute' : 'alwaysMute';
  return { [list]: [...settings[list].filter((k) => k !== key), key], [other]: settings[other].filter((k) => k !== key) };
}

// `npm run bench:e2e` builds with --mode bench to time our work from inside. Vite turns the test
// into a constant, so normal builds drop the probe and `time` just runs its argument.
const probe = import.meta.env.MODE === 'bench' ? installBenchProbe() : null;
const time = <T>(kind: BenchKind, fn: () => T): T => (probe ? probe.time(kind, fn) : fn());
/** Bench builds that stop after one step of the work (bench-floor.ts). */
const floor = import.meta.env.MODE === 'bench' ? floorOf(import.meta.env.VITE_HUMO_FLOOR as string | undefined) : null;

async function start(adapter: PlatformAdapter): Promise<void> {
  let settings = await loadSettings();
  const corrections = new Corrections();
  await corrections.load();
  const outbox = new Outbox((posts) => time('send', () => request('cs:posts-judged', { posts })));
  let watcher: FeedWatcher | null = null;

  let presenter: Presenter | null = null;
  const actionsFor = (post: Element, snapshot: PostSnapshot): BadgeActions => {
    const key = authorKey(snapshot.platform, snapshot.author.id);
    const save = (patch: Partial<Settings>) => void saveSettings(patch).catch((e) => console.warn('[Humo] could not save settings', e));
    return {
      notSelling: () =>
        void corrections.add(`${snapshot.platform}:${snapshot.key}`).finally(() => watcher?.requeue(post)),
      alwaysShow: () => save(listAuthor(settings, key, 'neverMute')),
      alwaysMute: () => {
        presenter?.unreveal(snapshot);
        save(listAuthor(settings, key, 'alwaysMute'));
      },
    };
  };
  presenter = new Presenter(adapter, { settings: () => settings, authorLines: new AuthorLines(), actionsFor });
  const judge = new Judge(adapter, presenter, () => settings, corrections, (post) => outbox.add(post));
  /** Collapsing may happen: a batch must keep the reader's post in place, which reads layout. */
  const mayCollapse = (): boolean => !!presenter?.everCollapsed || settings.muteSellers || settings.alwaysMute.length > 0;
  const inPlace = (run: () => void): void => {
    if (!mayCollapse()) return run();
    const p = presenter as Presenter;
    p.layoutChanged = false;
    keepPostInView(adapter, run, () => p.layoutChanged);
  };
  const batch = (run: () => void): void => time('batch', () => inPlace(run));
  const judgePost = (post: Element, textOnly: boolean) => {
    const decide = time('judge', () => judge.read(post, textOnly));
    return () => {
      const update = time('classify', decide);
      return () => time('present', update);
    };
  };
  // Judging in the observer callback needs no layout read (see FeedWatcher's `eager`).
  const eager = (): boolean => !adapter.readsLayout && !mayCollapse();
  watcher = new FeedWatcher(adapter, floor ? floorJudge(floor, adapter, time) : judgePost, document, batch, eager);
  watcher.start();
  onSettingsChanged((next) => {
    settings = next;
    judge.invalidate();
    watcher?.rescanAll();
  });
  // Leaving the page: hand over what is still queued while the runtime is reachable.
  addEventListener('pagehide', () => void outbox.flush());
}

const adapter = adapterForHost(location.hostname);
if (adapter) void start(adapter).catch((error) => console.warn('[Humo] could not start', error));
