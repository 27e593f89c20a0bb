import type { FaqPair } from '../lib/types.ts';

export interface FaqListProps {
  faq: FaqPair[];
  /** Scroll the page to the question. */
  onReveal: (pair: FaqPair) => void;
}

/**
 * The page's FAQ: each question expands to its answer. `<details>` keeps the answer in the document while it is
 * closed, so search, copy and tests can read it.
 */
export function FaqList({ faq, onReveal }: FaqListProps) {
  if (faq.length === 0) return <p class="empty-note">This page has no FAQ.</p>;
  return (
    <ul class="faq">
      {faq.map((pair, index) => (
        <li class="faq-item" key={`${index}:${pair.question}`}>
          <details>
            <summary>
              <span class="faq-question" data-testid="faq-question">
                {pair.question}
              </span>
            </summary>
            <p class="faq-answer" data-testid="faq-answer">
              {pair.answer}
            </p>
            <button type="button" class="link-button" onClick={() => onReveal(pair)}>
              Show in page
            </button>
          </details>
        </li>
      ))}
    </ul>
  );
}
