/** The CLI's two outputs for one analysed file: the JSON line of the testing contract and a readable report. */
import type { Analysis } from '../../lib/types.ts';

export function toJsonRecord(file: string, analysis: Analysis) {
  return {
    file,
    title: analysis.meta.title,
    byline: analysis.meta.byline,
    siteName: analysis.meta.siteName,
    lang: analysis.meta.lang,
    publishedTime: analysis.meta.publishedTime,
    wordCount: analysis.wordCount,
    readingMinutes: analysis.readingMinutes,
    text: analysis.text,
    claims: analysis.claims.map(({ text, source, section, topics }) => ({ text, source, section, topics })),
    sections: analysis.sections.map(({ heading, claims }) => ({
      heading,
      claims: claims.map(({ text, source, topics }) => ({ text, source, topics })),
    })),
    faq: analysis.faq.map(({ question, answer, source }) => ({ question, answer, source })),
  };
}

export function toTextReport(file: string, analysis: Analysis): string {
  const { meta } = analysis;
  const lines = [`# ${meta.title || '(untitled)'}`, `${file}`];
  const byline = [meta.byline, meta.siteName, meta.publishedTime].filter(Boolean).join(' · ');
  if (byline) lines.push(byline);
  lines.push(`${analysis.wordCount} words, ${analysis.readingMinutes} min read`, '');
  lines.push('## Key claims');
  for (const section of analysis.sections) {
    lines.push('', `### ${section.heading || 'Introduction'}`);
    for (const claim of section.claims) {
      const topics = claim.topics.length > 0 ? `  [${claim.topics.join(', ')}]` : '';
      lines.push(`- ${claim.text}${topics}`);
    }
  }
  if (analysis.faq.length > 0) {
    lines.push('', '## FAQ');
    for (const pair of analysis.faq) lines.push('', `Q: ${pair.question}`, `A: ${pair.answer}`);
  }
  return lines.join('\n') + '\n';
}
