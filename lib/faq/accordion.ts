/**
 * Accordions: a trigger (a button, a link or a heading) that opens a panel. The panel is named by
 * `aria-controls`, or follows the trigger when only `aria-expanded` marks it, or follows it with class
 * names that say so ("faq-question" + "faq-answer", "toggle-title" + "toggle-content"). Collapsed panels are still in the original document's static HTML, so
 * their text counts even though a reader view drops it.
 */
import { acceptedByGroup, type Candidate } from './group.ts';
import { queryInScope, type FoundPair, type Region } from './region.ts';
import { isFaqHeading, looksLikeQuestion } from './question.ts';
import { textOf, wrapsOnly } from './text.ts';

/** Elements that open a panel: ARIA disclosure buttons and Bootstrap collapse toggles. */
const TRIGGER_SELECTOR = '[aria-controls], [aria-expanded], [data-toggle="collapse"], [data-bs-toggle="collapse"]';

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

function questionOf(trigger: Element): string {
  const own = textOf(trigger);
  if (own.length >= MIN_QUESTION_LENGTH) return own;
  const heading = trigger.closest('h1, h2, h3, h4, h5, h6, [role="heading"]');
  return heading ? textOf(heading) : own;
}

function ariaCandidates(region: Region): Candidate[] {
  const candidates: Candidate[] = [];
  const seenPanels = new Set<Element>();
  for (const trigger of queryInScope(region, TRIGGER_SELECTOR)) {
    const role = (trigger.getAttribute('role') ?? '').toLowerCase();
    if (NON_FAQ_ROLES.has(role)) continue;
    // A summary is read with its details; a panel that contains its trigger is a wrapper, not an answer.
    if (trigger.closest('summary')) continue;
    const panel = controlledPanel(trigger);
    if (!panel || seenPanels.has(panel) || panel.contains(trigger) || region.scope.excludes(panel)) continue;
    seenPanels.add(panel);
    const question = questionOf(trigger);
    // Tabs ("Billing", "Shipping") switch between lists; some accordion builders use role="tab" for
    // their entries too, so a tab counts only when it asks a question.
    if (role === 'tab' && !looksLikeQuestion(question)) continue;
    candidates.push({ el: trigger, group: panel.parentElement?.parentElement ?? null, question, answer: textOf(panel) });
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

function classOf(el: Element | null): string {
  return el?.getAttribute('class') ?? '';
}

function namedAccordion(el: Element): boolean {
  return [el, el.parentElement, el.parentElement?.parentElement ?? null].some((e) => ACCORDION_CLASS.test(classOf(e)));
}

/** An element named like an accordion entry's title, inside something named like an accordion. */
function looksLikeEntryTitle(el: Element): boolean {
  return TRIGGER_CLASS.test(classOf(el)) && namedAccordion(el);
}

/** The element names itself an accordion or FAQ: no entry title can be without one such element near it. */
export function namesAccordion(el: Element): boolean {
  return ACCORDION_CLASS.test(classOf(el));
}

/** The attribute test of {@link TRIGGER_SELECTOR}, for one element. */
export function isDisclosureTrigger(el: Element): boolean {
  return (
    el.hasAttribute('aria-controls') ||
    el.hasAttribute('aria-expanded') ||
    el.getAttribute('data-toggle') === 'collapse' ||
    el.getAttribute('data-bs-toggle') === 'collapse'
  );
}

/** `<div class="faq-question">…</div><div class="faq-answer">…</div>` and the like, with no ARIA at all. */
function classCandidates(region: Region): Candidate[] {
  const candidates: Candidate[] = [];
  // The class tests come before the furniture test: most elements with a class are not entry titles.
  for (const trigger of queryInScope(region, '[class]', looksLikeEntryTitle)) {
    // Entries with ARIA or Bootstrap attributes are read by the trigger rule above.
    if (trigger.matches(TRIGGER_SELECTOR) || trigger.querySelector(TRIGGER_SELECTOR)) continue;
    const panel = trigger.nextElementSibling;
    if (!panel || !PANEL_CLASS.test(classOf(panel)) || TITLE_CLASS.test(classOf(panel))) continue;
    const question = textOf(trigger);
    if (isFaqHeading(question)) continue; // the list's own title, above its first entry
    candidates.push({
      el: trigger,
      group: trigger.parentElement?.parentElement ?? null,
      question,
      answer: textOf(panel),
    });
  }
  return candidates;
}

export function readAccordions(region: Region): FoundPair[] {
  return acceptedByGroup([...ariaCandidates(region), ...classCandidates(region)], region, 'accordion');
}
