import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';

export interface TabSpec<T extends string> {
  id: T;
  label: string;
}

interface Props<T extends string> {
  tabs: TabSpec<T>[];
  selected: T;
  onSelect(id: T): void;
  label: string;
  children: ComponentChildren;
}

/** WAI-ARIA tabs with automatic activation: arrows, Home and End move and select; only the
 * selected tab is in the tab order. `children` is the selected tab's panel content. */
export function Tabs<T extends string>({ tabs, selected, onSelect, label, children }: Props<T>) {
  const list = useRef<HTMLDivElement>(null);
  const focusTab = (i: number): void => {
    const tab = tabs[(i + tabs.length) % tabs.length];
    if (!tab) return;
    onSelect(tab.id);
    list.current?.querySelector<HTMLElement>(`#tab-${tab.id}`)?.focus();
  };
  const onKeyDown = (e: KeyboardEvent): void => {
    const at = tabs.findIndex((tab) => tab.id === selected);
    const next = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: tabs.length - 1 }[e.key];
    if (next === undefined) return;
    e.preventDefault();
    focusTab(next);
  };
  return (
    <div class="tabs">
      <div role="tablist" aria-label={label} class="tablist" ref={list} onKeyDown={onKeyDown}>
        {tabs.map((tab) => (
          <button
            key={tab.id}
            id={`tab-${tab.id}`}
            type="button"
            role="tab"
            class="tab"
            aria-selected={tab.id === selected}
            aria-controls={`panel-${tab.id}`}
            tabIndex={tab.id === selected ? 0 : -1}
            onClick={() => onSelect(tab.id)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${selected}`} aria-labelledby={`tab-${selected}`} class="panel">
        {children}
      </div>
    </div>
  );
}
