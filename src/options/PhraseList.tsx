import { useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import { MAX_PHRASE_LENGTH, MAX_PHRASES } from '../shared/settings';

interface Props {
  id: string;
  title: string;
  hint: string;
  placeholder: string;
  phrases: string[];
  onChange(next: string[]): Promise<boolean>;
}

/** Why a new phrase cannot be added, or null when it can. */
export function phraseProblem(phrase: string, existing: readonly string[]): string | null {
  const clean = phrase.trim();
  if (!clean) return t('phraseEmpty', undefined, 'Type a word or phrase first.');
  if (clean.length > MAX_PHRASE_LENGTH) return t('phraseTooLong', String(MAX_PHRASE_LENGTH), `Keep it under ${MAX_PHRASE_LENGTH} characters.`);
  if (existing.some((p) => p.toLowerCase() === clean.toLowerCase())) return t('phraseDuplicate', undefined, 'That phrase is already on the list.');
  if (existing.length >= MAX_PHRASES) return t('phraseTooMany', String(MAX_PHRASES), `At most ${MAX_PHRASES} phrases.`);
  return null;
}

/** One editable list of the user's own phrases (promo or value), in any language. */
export function PhraseList({ id, title, hint, placeholder, phrases, onChange }: Props) {
  const [draft, setDraft] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const add = async (e: Event): Promise<void> => {
    e.preventDefault();
    const issue = phraseProblem(draft, phrases);
    setProblem(issue);
    if (issue) return;
    if (await onChange([...phrases, draft.trim()])) setDraft('');
  };
  return (
    <div class="phrase-list" data-testid={`phrases-${id}`}>
      <h3 id={`${id}-title`}>{title}</h3>
      <p class="hint" id={`${id}-hint`}>
        {hint}
      </p>
      <form class="add-row" onSubmit={(e) => void add(e)}>
        <label for={`${id}-input`} class="sr-only">
          {t('phraseNew', title, `New phrase for ${title}`)}
        </label>
        <input
          id={`${id}-input`}
          type="text"
          value={draft}
          maxLength={MAX_PHRASE_LENGTH + 20}
          placeholder={placeholder}
          aria-describedby={problem ? `${id}-problem` : `${id}-hint`}
          aria-invalid={problem ? true : undefined}
          onInput={(e) => setDraft((e.currentTarget as HTMLInputElement).value)}
        />
        <button type="submit" class="btn">
          {t('add', undefined, 'Add')}
        </button>
      </form>
      {problem && (
        <p class="field-error" id={`${id}-problem`} role="alert">
          {problem}
        </p>
      )}
      {phrases.length === 0 ? (
        <p class="hint empty-line">{t('phrasesNone', undefined, 'No phrases yet.')}</p>
      ) : (
        <ul class="chips" aria-labelledby={`${id}-title`}>
          {phrases.map((phrase) => (
            <li key={phrase} class="chip">
              <span>{phrase}</span>
              <button
                type="button"
                class="chip-x"
                aria-label={t('removeItem', phrase, `Remove “${phrase}”`)}
                onClick={() => void onChange(phrases.filter((p) => p !== phrase))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
