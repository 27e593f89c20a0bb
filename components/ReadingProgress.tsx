import { progressText, progressValue, type ReadingStage } from '../lib/pdf/progress-text.ts';

/**
 * How far the reading of a long PDF has got: a real progress bar, named by what it counts ("Reading page 40 of
 * 500"), so the panel is never a frozen spinner. `lead` says what is on show meanwhile (first claims).
 */
export function ReadingProgress({ stage, lead }: { stage: ReadingStage; lead?: string }) {
  const text = progressText(stage);
  const { value, max } = progressValue(stage);
  return (
    <div class="reading-progress" data-testid="reading-progress">
      {lead && <p class="reading-progress-lead">{lead}</p>}
      <p class="reading-progress-text" aria-hidden="true">
        {text}
      </p>
      <progress max={max} value={value} aria-label={text} />
    </div>
  );
}
