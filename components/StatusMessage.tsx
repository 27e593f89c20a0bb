import type { ComponentChildren } from 'preact';

export interface StatusMessageProps {
  /** `loading` shows a spinner; `problem` is announced at once; `info` is a calm notice. */
  tone: 'loading' | 'problem' | 'info';
  message: string;
  /** A short bold line above the message. */
  title?: string;
  /** Buttons that let the reader act on the state (retry, summarize anyway). */
  children?: ComponentChildren;
}

/** The one place the app says what it is doing or why there is nothing to show: never a blank panel. */
export function StatusMessage({ tone, message, title, children }: StatusMessageProps) {
  return (
    <section class={`status status-${tone}`} role={tone === 'problem' ? 'alert' : 'status'} aria-live="polite">
      {tone === 'loading' && <span class="spinner" aria-hidden="true" />}
      <div class="status-body">
        <div data-testid="status">
          {title && <p class="status-title">{title}</p>}
          <p class="status-text">{message}</p>
        </div>
        {children && <div class="status-actions">{children}</div>}
      </div>
    </section>
  );
}
