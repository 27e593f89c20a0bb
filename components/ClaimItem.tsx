import type { Claim } from '../lib/types.ts';
import { TopicChips } from './TopicChips.tsx';

export interface ClaimItemProps {
  claim: Claim;
  /** Scroll the page to this sentence. */
  onReveal: (claim: Claim) => void;
  /** Keep this sentence as a highlight. */
  onSave: (claim: Claim) => void;
  /** The sentence is already a highlight on this page. */
  saved?: boolean;
}

/**
 * One key claim: the sentence (activating it shows it in the page), its topics and a save button. `elementtiming`
 * has the browser record when the sentence is first painted (Element Timing), which is how click → claims on
 * screen is measured.
 */
export function ClaimItem({ claim, onReveal, onSave, saved = false }: ClaimItemProps) {
  return (
    <li class="claim" data-testid="claim">
      <button type="button" class="claim-text" elementtiming="claim" onClick={() => onReveal(claim)} title={claim.page === undefined ? 'Show in page' : `Open page ${claim.page} in the viewer`}>
        {claim.text}
        {claim.page !== undefined && (
          <span class="claim-page" title={`On page ${claim.page} of the PDF`}>
            {' '}p. {claim.page}
          </span>
        )}
      </button>
      <div class="claim-footer">
        <TopicChips topics={claim.topics} />
        <button
          type="button"
          class="icon-button save-button"
          data-testid="save-claim"
          aria-label={saved ? 'Saved as highlight' : 'Save as highlight'}
          title={saved ? 'Saved as a highlight' : 'Save as highlight'}
          aria-pressed={saved}
          disabled={saved}
          onClick={() => onSave(claim)}
        >
          <span aria-hidden="true">{saved ? '★' : '☆'}</span> {saved ? 'Saved' : 'Save'}
        </button>
      </div>
    </li>
  );
}
