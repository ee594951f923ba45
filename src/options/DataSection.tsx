import { useRef, useState } from 'preact/hooks';
import type { ImportMode } from '../shared/messages';
import { request } from '../shared/messaging';
import { t } from '../shared/i18n';
import { DEFAULT_SETTINGS } from '../shared/settings';
import { saveSettings } from '../shared/settings-store';
import { dayKey } from '../popup/format';
import { describeError } from '../popup/locale';

/** The background's own words for a bad file, after a short lead-in. */
function importError(e: unknown): string {
  const message = (e instanceof Error ? e.message : String(e)).replace(/^import:\s*/i, '');
  if (/no reply|Receiving end|establish connection/i.test(message)) return describeError(e);
  return t('importFailed', message, `Nothing was imported: ${message}`);
}

const counts = (c: { authors: number; posts: number }): string[] => [String(c.authors), String(c.posts)];

type Note = { kind: 'ok' | 'error'; text: string; seq: number } | null;

/** Saves text as a file through a Blob URL and a temporary <a download>. */
function download(text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Export, import (merge or replace) and clear-all. */
export function DataSection() {
  const [note, setNote] = useState<Note>(null);
  const [mode, setMode] = useState<ImportMode>('merge');
  const [confirming, setConfirming] = useState(false);
  const [resetSettings, setResetSettings] = useState(false);
  const [busy, setBusy] = useState(false);
  const seq = useRef(0);
  const file = useRef<HTMLInputElement>(null);

  const run = async (job: () => Promise<string>, explain = describeError): Promise<void> => {
    setBusy(true);
    try {
      setNote({ kind: 'ok', text: await job(), seq: ++seq.current });
    } catch (e) {
      setNote({ kind: 'error', text: explain(e), seq: ++seq.current });
    } finally {
      setBusy(false);
    }
  };

  const doExport = () =>
    run(async () => {
      const data = await request('ui:export', {});
      download(data.json, `humo-export-${dayKey(new Date())}.json`);
      return t('exportDone', counts(data), `Exported ${data.authors} authors and ${data.posts} posts.`);
    });
  const doImport = (picked: File) =>
    run(async () => {
      const json = await picked.text();
      const data = await request('ui:import', { json, mode });
      return t('importDone', counts(data), `Imported. Humo now knows ${data.authors} authors and ${data.posts} posts.`);
    }, importError).finally(() => {
      if (file.current) file.current.value = '';
    });
  const doClear = () =>
    run(async () => {
      await request('ui:clear', { confirm: true });
      if (resetSettings) await saveSettings({ ...DEFAULT_SETTINGS });
      setConfirming(false);
      return t('clearDone', undefined, 'Everything Humo had stored is deleted.');
    });

  return (
    <div class="data">
      <div class="data-row">
        <div>
          <h3>{t('exportTitle', undefined, 'Export')}</h3>
          <p class="hint">{t('exportHint', undefined, 'Download your stats and settings as a JSON file.')}</p>
        </div>
        <button type="button" class="btn" data-testid="export" disabled={busy} onClick={() => void doExport()}>
          {t('exportButton', undefined, 'Export…')}
        </button>
      </div>
      <div class="data-row">
        <div>
          <h3>{t('importTitle', undefined, 'Import')}</h3>
          <p class="hint">{t('importHint', undefined, 'Load a file exported by Humo. A file Humo cannot read changes nothing.')}</p>
          <fieldset class="inline-radios">
            <legend class="sr-only">{t('importModeLabel', undefined, 'How to import')}</legend>
            <label>
              <input type="radio" name="import-mode" value="merge" checked={mode === 'merge'} onChange={() => setMode('merge')} />{' '}
              {t('importMerge', undefined, 'Add to what is here')}
            </label>
            <label>
              <input type="radio" name="import-mode" value="replace" checked={mode === 'replace'} onChange={() => setMode('replace')} />{' '}
              {t('importReplace', undefined, 'Replace what is here')}
            </label>
          </fieldset>
        </div>
        <label class="btn file-btn">
          {t('importButton', undefined, 'Choose file…')}
          <input
            ref={file}
            type="file"
            accept="application/json,.json"
            data-testid="import-file"
            disabled={busy}
            onChange={(e) => {
              const picked = (e.currentTarget as HTMLInputElement).files?.[0];
              if (picked) void doImport(picked);
            }}
          />
        </label>
      </div>
      <div class="data-row danger-zone">
        <div>
          <h3>{t('clearTitle', undefined, 'Delete everything')}</h3>
          <p class="hint">{t('clearHint', undefined, 'Deletes every author, post and daily count Humo has stored on this device.')}</p>
          {confirming && (
            <label class="check">
              <input type="checkbox" checked={resetSettings} onChange={(e) => setResetSettings((e.currentTarget as HTMLInputElement).checked)} />{' '}
              {t('clearAlsoSettings', undefined, 'Also reset my settings, phrases and author lists')}
            </label>
          )}
        </div>
        {confirming ? (
          <div class="confirm" role="group" aria-label={t('clearConfirmLabel', undefined, 'Confirm deleting everything')}>
            <button type="button" class="btn danger" data-testid="clear-confirm" disabled={busy} onClick={() => void doClear()}>
              {t('clearConfirm', undefined, 'Yes, delete everything')}
            </button>
            <button type="button" class="btn" onClick={() => setConfirming(false)}>
              {t('cancel', undefined, 'Cancel')}
            </button>
          </div>
        ) : (
          <button type="button" class="btn danger-outline" data-testid="clear" onClick={() => setConfirming(true)}>
            {t('clearButton', undefined, 'Delete…')}
          </button>
        )}
      </div>
      <div aria-live="polite" class="note-slot">
        {note && (
          <p class={note.kind === 'ok' ? 'note ok' : 'note error'} role={note.kind === 'error' ? 'alert' : undefined} data-testid="data-note" data-seq={note.seq}>
            {note.text}
          </p>
        )}
      </div>
    </div>
  );
}
