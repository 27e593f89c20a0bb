/** Stands in the Highlights tab until the highlights view is part of the app. */
export function HighlightsPlaceholder() {
  return <p class="empty-note">Saved highlights for this page will appear here.</p>;
}
