import type { Claim, SectionClaims } from '../lib/types.ts';
import { ClaimItem } from './ClaimItem.tsx';

export interface ClaimListProps {
  sections: SectionClaims[];
  onReveal: (claim: Claim) => void;
  onSave: (claim: Claim) => void;
  /** Whether a claim is already a highlight on this page. */
  isSaved?: (claim: Claim) => boolean;
}

/** Key claims under the article's own section headings, in page order. */
export function ClaimList({ sections, onReveal, onSave, isSaved }: ClaimListProps) {
  const filled = sections.filter((section) => section.claims.length > 0);
  if (filled.length === 0) return <p class="empty-note">No key claims were found in this article.</p>;
  return (
    <div class="claim-sections">
      {filled.map((section, index) => (
        <section class="claim-section" key={`${index}:${section.heading}`} aria-label={section.heading || 'Introduction'}>
          <h3 class="section-heading">{section.heading || 'Introduction'}</h3>
          <ul class="claims">
            {section.claims.map((claim) => (
              <ClaimItem key={claim.selector.exact} claim={claim} onReveal={onReveal} onSave={onSave} saved={isSaved?.(claim)} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
