import { t } from '../shared/i18n';

/** Search by name or handle; the list debounces what is typed here. */
export function SearchBox({ value, onInput }: { value: string; onInput(next: string): void }) {
  return (
    <div class="search">
      <label for="author-search" class="sr-only">
        {t('searchLabel', undefined, 'Search authors by name or handle')}
      </label>
      <svg class="search-icon" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
        <circle cx="7" cy="7" r="4.5" fill="none" stroke="currentColor" stroke-width="1.6" />
        <path d="M10.5 10.5 14 14" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" />
      </svg>
      <input
        id="author-search"
        type="search"
        data-testid="search"
        autocomplete="off"
        spellcheck={false}
        placeholder={t('searchPlaceholder', undefined, 'Name or @handle')}
        value={value}
        onInput={(e) => onInput((e.currentTarget as HTMLInputElement).value)}
      />
    </div>
  );
}
