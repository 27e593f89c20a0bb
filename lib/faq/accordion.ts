/**
 * Accordions: a trigger (a button, a link or a heading) that opens a panel. The panel is named by
 * `aria-controls`, or follows the trigger when only `aria-expanded` marks it, or follows it with class
 * names that say so ("faq-question" + "faq-answer", "toggle-title" + "toggle-content"). Collapsed panels are still in the original document's static HTML, so
 * their text counts even though a reader view drops it.
 */
import { acceptedByGroup, type Candidate } from './group.ts';
import { inScope, type FoundPair, type Region } from './region.ts';
import { isFaqHeading, looksLikeQuestion } from './question.ts';
import { closestWhere, hasDescendantWhere } from '../dom/query.ts';
import { classOf, tagOf, textOf, wrapsOnly } from './text.ts';

/** Triggers that open navigation or pick an option, not an answer. */
const NON_FAQ_ROLES = new Set(['menuitem', 'menuitemcheckbox', 'menuitemradio', 'combobox', 'option']);

/** Trigger text this short is an icon ("+", "▾"); the question is the heading around it. */
const MIN_QUESTION_LENGTH = 3;

/** The ids a trigger names as its panel: `aria-controls`, or Bootstrap's `data-target` / `href="#id"`. */
function panelIds(trigger: Element): string[] {
  const controls = (trigger.getAttribute('aria-controls') ?? '').split(/\s+/).filter(Boolean);
  if (controls.length > 0) return controls;
  const target = trigger.getAttribute('data-bs-target') ?? trigger.getAttribute('data-target') ?? trigger.getAttribute('href') ?? '';
  return /^#[^\s#]+$/.test(target) ? [target.slice(1)] : [];
}

/**
 * The panel a trigger opens: the element it names, or else the element right after it — after its
 * wrapper when the trigger is wrapped alone (`<h3><button>…</button></h3><div>…</div>`).
 */
function controlledPanel(trigger: Element): Element | null {
  const ids = panelIds(trigger);
  for (const id of ids) {
    const panel = trigger.ownerDocument.getElementById(id);
    if (panel) return panel;
  }
  if (ids.length > 0) return null;
  let node = trigger;
  while (!node.nextElementSibling && node.parentElement && wrapsOnly(node.parentElement, node)) node = node.parentElement;
  return node.nextElementSibling;
}

const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

const isHeading = (el: Element): boolean => HEADING_TAGS.has(tagOf(el)) || el.getAttribute('role') === 'heading';
const isSummary = (el: Element): boolean => tagOf(el) === 'SUMMARY';

function questionOf(trigger: Element): string {
  const own = textOf(trigger);
  if (own.length >= MIN_QUESTION_LENGTH) return own;
  const heading = closestWhere(trigger, isHeading);
  return heading ? textOf(heading) : own;
}

/** `triggers`: the page's disclosure triggers (see signals.ts), in document order. */
function ariaCandidates(region: Region, triggers: readonly Element[]): Candidate[] {
  const candidates: Candidate[] = [];
  const seenPanels = new Set<Element>();
  for (const trigger of inScope(region, triggers)) {
    const role = (trigger.getAttribute('role') ?? '').toLowerCase();
    if (NON_FAQ_ROLES.has(role)) continue;
    // A summary is read with its details; a panel that contains its trigger is a wrapper, not an answer.
    if (closestWhere(trigger, isSummary)) continue;
    const panel = controlledPanel(trigger);
    if (!panel || seenPanels.has(panel) || panel.contains(trigger) || region.scope.excludes(panel)) continue;
    seenPanels.add(panel);
    const question = questionOf(trigger);
    // Tabs ("Billing", "Shipping") switch between lists; some accordion builders use role="tab" for
    // their entries too, so a tab counts only when it asks a question.
    if (role === 'tab' && !looksLikeQuestion(question)) continue;
    candidates.push({
      el: trigger,
      group: panel.parentElement?.parentElement ?? null,
      question,
      answer: () => textOf(panel),
    });
  }
  return candidates;
}

/** Class names of the two halves of an accordion entry built without ARIA (Divi, jQuery UI, themes). */
const TRIGGER_CLASS = /question|title|head|toggle|trigger|(^|[-_\s])q($|[-_\s])/i;
const PANEL_CLASS = /answer|content|body|panel|collapse|(^|[-_\s])a($|[-_\s])/i;
/** A sibling named like this is the next entry's title, not this entry's panel. */
const TITLE_CLASS = /question|title|head|(^|[-_\s])q($|[-_\s])/i;
/** The entry, or the list around it, names itself an accordion or FAQ. */
const ACCORDION_CLASS = /accordion|faq|toggle|collaps|question|expand/i;

/**
 * The element names itself an accordion or FAQ. An entry title needs such a name on itself, its parent
 * or its grandparent: the page survey keeps those titles (see signals.ts).
 */
export function namesAccordion(el: Element): boolean {
  return ACCORDION_CLASS.test(classOf(el));
}

/** The element is named like an accordion entry's title ("faq-question", "toggle-title"). */
export function namedLikeEntryTitle(el: Element): boolean {
  return TRIGGER_CLASS.test(classOf(el));
}

/**
 * An element that opens a panel: ARIA disclosure buttons and Bootstrap collapse toggles, as
 * `[aria-controls], [aria-expanded], [data-toggle="collapse"], [data-bs-toggle="collapse"]` would select.
 */
export function isDisclosureTrigger(el: Element): boolean {
  return (
    el.hasAttribute('aria-controls') ||
    el.hasAttribute('aria-expanded') ||
    el.getAttribute('data-toggle') === 'collapse' ||
    el.getAttribute('data-bs-toggle') === 'collapse'
  );
}

/**
 * `<div class="faq-question">…</div><div class="faq-answer">…</div>` and the like, with no ARIA at all.
 * `titles`: the page's elements named like entry titles near one named like an accordion (see signals.ts).
 */
function classCandidates(region: Region, titles: readonly Element[]): Candidate[] {
  const candidates: Candidate[] = [];
  for (const trigger of inScope(region, titles)) {
    // Entries with ARIA or Bootstrap attributes are read by the trigger rule above.
    if (isDisclosureTrigger(trigger) || hasDescendantWhere(trigger, isDisclosureTrigger)) continue;
    const panel = trigger.nextElementSibling;
    if (!panel || !PANEL_CLASS.test(classOf(panel)) || TITLE_CLASS.test(classOf(panel))) continue;
    const question = textOf(trigger);
    if (isFaqHeading(question)) continue; // the list's own title, above its first entry
    candidates.push({
      el: trigger,
      group: trigger.parentElement?.parentElement ?? null,
      question,
      answer: () => textOf(panel),
    });
  }
  return candidates;
}

/** The accordion entries among the page's disclosure triggers and entry titles (both as signals.ts finds them). */
export function readAccordions(region: Region, triggers: readonly Element[], entryTitles: readonly Element[]): FoundPair[] {
  const candidates = [...ariaCandidates(region, triggers), ...classCandidates(region, entryTitles)];
  return acceptedByGroup(candidates, region, 'accordion');
}
