import type { JSX } from 'preact';

export interface TabSpec<Id extends string> {
  id: Id;
  label: string;
  /** Shown after the label, e.g. the number of claims. */
  count?: number;
}

export interface TabsProps<Id extends string> {
  tabs: TabSpec<Id>[];
  selected: Id;
  onSelect: (id: Id) => void;
  /** Accessible name of the tab list. */
  label: string;
  /** Prefix for the ids that tie each tab to its panel (`tabPanelId`). */
  idPrefix: string;
}

export function tabId(idPrefix: string, id: string): string {
  return `${idPrefix}-tab-${id}`;
}

export function tabPanelId(idPrefix: string, id: string): string {
  return `${idPrefix}-panel-${id}`;
}

/**
 * A WAI-ARIA tab list: one tab in the tab order (roving tabindex); arrow keys, Home and End move between tabs
 * and select them.
 */
export function Tabs<Id extends string>({ tabs, selected, onSelect, label, idPrefix }: TabsProps<Id>) {
  const move = (event: JSX.TargetedKeyboardEvent<HTMLDivElement>) => {
    const current = tabs.findIndex((tab) => tab.id === selected);
    const next = nextIndex(event.key, current, tabs.length);
    const target = next === null ? undefined : tabs[next];
    if (!target) return;
    event.preventDefault();
    onSelect(target.id);
    const button = event.currentTarget.querySelector<HTMLElement>(`#${CSS.escape(tabId(idPrefix, target.id))}`);
    button?.focus();
  };
  return (
    <div class="tabs" role="tablist" aria-label={label} onKeyDown={move}>
      {tabs.map((tab) => {
        const isSelected = tab.id === selected;
        return (
          <button
            type="button"
            role="tab"
            key={tab.id}
            id={tabId(idPrefix, tab.id)}
            class="tab"
            aria-selected={isSelected}
            aria-controls={tabPanelId(idPrefix, tab.id)}
            tabIndex={isSelected ? 0 : -1}
            onClick={() => onSelect(tab.id)}
          >
            {tab.label}
            {tab.count !== undefined && <span class="tab-count">{tab.count}</span>}
          </button>
        );
      })}
    </div>
  );
}

function nextIndex(key: string, current: number, count: number): number | null {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return (current + 1) % count;
    case 'ArrowLeft':
    case 'ArrowUp':
      return (current - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}
