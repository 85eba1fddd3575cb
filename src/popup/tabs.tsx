// WAI-ARIA tabs: arrow keys, Home and End move between tabs; Tab goes into the panel.
import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';

export interface TabSpec<K extends string> {
  key: K;
  label: ComponentChildren;
}

export function Tabs<K extends string>({ id, label, tabs, selected, onSelect, children }: { id: string; label: string; tabs: readonly TabSpec<K>[]; selected: K; onSelect(key: K): void; children: ComponentChildren }) {
  const list = useRef<HTMLDivElement>(null);
  const move = (from: number, delta: number | 'first' | 'last') => {
    const count = tabs.length;
    const to = delta === 'first' ? 0 : delta === 'last' ? count - 1 : (from + delta + count) % count;
    const tab = tabs[to];
    if (!tab) return;
    onSelect(tab.key);
    list.current?.querySelectorAll<HTMLButtonElement>('[role="tab"]')[to]?.focus();
  };
  return (
    <div class="tabs">
      <div role="tablist" aria-label={label} ref={list} class="tablist">
        {tabs.map((tab, i) => (
          <button
            key={tab.key}
            type="button"
            role="tab"
            id={`${id}-tab-${tab.key}`}
            aria-controls={`${id}-panel`}
            aria-selected={tab.key === selected}
            tabIndex={tab.key === selected ? 0 : -1}
            onClick={() => onSelect(tab.key)}
            onKeyDown={(e) => {
              const keys: Record<string, number | 'first' | 'last'> = { ArrowRight: 1, ArrowLeft: -1, Home: 'first', End: 'last' };
              const delta = keys[e.key];
              if (delta === undefined) return;
              e.preventDefault();
              move(i, delta);
            }}
          >
            {tab.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${id}-panel`} aria-labelledby={`${id}-tab-${selected}`} class="tabpanel" tabIndex={0}>
        {children}
      </div>
    </div>
  );
}
