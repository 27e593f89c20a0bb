import type { ComponentChildren } from 'preact';

export interface HeaderProps {
  /** The article's title; the product name while nothing is loaded. */
  title: string;
  siteName?: string | null;
  byline?: string | null;
  readingMinutes?: number;
  /** The reader asked to summarize a page that did not look like an article. */
  forced?: boolean;
  /** Buttons on the right: refresh, copy, open in panel. */
  children?: ComponentChildren;
}

export function Header({ title, siteName, byline, readingMinutes, forced, children }: HeaderProps) {
  const details = [siteName, byline, readingMinutes ? `${readingMinutes} min read` : null].filter(Boolean);
  return (
    <header class="header">
      <div class="header-text">
        <h1 class="title">{title}</h1>
        {details.length > 0 && <p class="byline">{details.join(' · ')}</p>}
        {forced && <p class="forced-note">Summarized on request: this page may not be an article.</p>}
      </div>
      {children && <div class="header-actions">{children}</div>}
    </header>
  );
}
