/**
 * "Copy as Markdown": the analysis as a note the reader can paste anywhere. Page text is untrusted and may
 * contain Markdown syntax of its own, so every piece of it is escaped and kept on one line.
 */
import type { Analysis, SectionClaims } from './types.ts';

/** The analysis as Markdown: title and source, claims under their section headings, then the FAQ. */
export function analysisToMarkdown(analysis: Analysis): string {
  const parts = [titleBlock(analysis), claimsBlock(analysis.sections), faqBlock(analysis)];
  return `${parts.filter((part) => part !== '').join('\n\n')}\n`;
}

function titleBlock(analysis: Analysis): string {
  const title = inline(analysis.meta.title) || 'Untitled page';
  const details = [
    analysis.meta.siteName ? inline(analysis.meta.siteName) : '',
    analysis.meta.byline ? inline(analysis.meta.byline) : '',
    `${analysis.readingMinutes} min read`,
  ].filter((detail) => detail !== '');
  return `# ${title}\n\nSource: <${safeUrl(analysis.url)}> · ${details.join(' · ')}`;
}

function claimsBlock(sections: SectionClaims[]): string {
  if (sections.every((section) => section.claims.length === 0)) return '';
  const groups = sections
    .filter((section) => section.claims.length > 0)
    .map((section) => {
      const heading = section.heading ? `### ${inline(section.heading)}\n\n` : '';
      const items = section.claims.map((claim) => {
        const topics = claim.topics.length > 0 ? ` _(${claim.topics.map(inline).join(', ')})_` : '';
        return `- ${inline(claim.text)}${topics}`;
      });
      return `${heading}${items.join('\n')}`;
    });
  return `## Key claims\n\n${groups.join('\n\n')}`;
}

function faqBlock(analysis: Analysis): string {
  if (analysis.faq.length === 0) return '';
  const pairs = analysis.faq.map((pair) => `**${inline(pair.question)}**\n\n${inline(pair.answer)}`);
  return `## FAQ\n\n${pairs.join('\n\n')}`;
}

/**
 * One line of literal text: whitespace collapsed, Markdown's inline and block syntax escaped, so a page cannot
 * inject links, images, headings or HTML into the reader's note.
 */
export function inline(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_{}[\]()<>#|!~]/g, (char) => `\\${char}`)
    .replace(/^([-+])(?=\s)/, '\\$1')
    .replace(/^(\d+)([.)])(?=\s)/, '$1\\$2');
}

/** Autolinks end at `>` and break on spaces; encode both so the address stays one link. */
function safeUrl(url: string): string {
  return url.replace(/[\s<>]/g, (char) => encodeURIComponent(char));
}
