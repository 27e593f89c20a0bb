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
    claims: analysis.claims.map(({ text, source, section, topics, page }) => ({ text, source, section, topics, ...pageOf(page) })),
    sections: analysis.sections.map(({ heading, claims }) => ({
      heading,
      claims: claims.map(({ text, source, topics, page }) => ({ text, source, topics, ...pageOf(page) })),
    })),
    faq: analysis.faq.map(({ question, answer, source }) => ({ question, answer, source })),
    diagnostics: analysis.diagnostics,
    ...(analysis.pdf ? { pdf: analysis.pdf } : {}),
  };
}

/** A PDF's claims carry their page; a web page's have none. */
function pageOf(page: number | undefined): { page?: number } {
  return page === undefined ? {} : { page };
}

export function toTextReport(file: string, analysis: Analysis): string {
  const { meta } = analysis;
  const lines = [`# ${meta.title || '(untitled)'}`, `${file}`];
  const byline = [meta.byline, meta.siteName, meta.publishedTime].filter(Boolean).join(' · ');
  if (byline) lines.push(byline);
  lines.push(`${analysis.wordCount} words, ${analysis.readingMinutes} min read`);
  if (analysis.pdf) lines.push(`PDF: ${analysis.pdf.pagesRead} of ${analysis.pdf.pageCount} pages read`);
  lines.push('');
  lines.push('## Key claims');
  for (const section of analysis.sections) {
    lines.push('', `### ${section.heading || 'Introduction'}`);
    for (const claim of section.claims) {
      const topics = claim.topics.length > 0 ? `  [${claim.topics.join(', ')}]` : '';
      lines.push(`- ${claim.text}${claim.page === undefined ? '' : ` (p. ${claim.page})`}${topics}`);
    }
  }
  if (analysis.faq.length > 0) {
    lines.push('', '## FAQ');
    for (const pair of analysis.faq) lines.push('', `Q: ${pair.question}`, `A: ${pair.answer}`);
  }
  if (analysis.diagnostics.length > 0) lines.push('', '## Diagnostics', ...analysis.diagnostics.map((line) => `- ${line}`));
  return lines.join('\n') + '\n';
}
