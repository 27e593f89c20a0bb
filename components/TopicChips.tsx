export interface TopicChipsProps {
  topics: string[];
}

/** The key phrases a claim is about, as small labels. */
export function TopicChips({ topics }: TopicChipsProps) {
  if (topics.length === 0) return null;
  return (
    <ul class="chips" aria-label="Topics">
      {topics.map((topic) => (
        <li class="chip" key={topic}>
          {topic}
        </li>
      ))}
    </ul>
  );
}
