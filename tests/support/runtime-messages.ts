/**
 * A runtime message delivered as the browser would, to every listener the fake browser holds, and the answers
 * that came back. Listeners answer through `sendResponse` after returning `true` (lib/platform/wire/messaging.ts), so
 * the answers are collected from those calls, once every listener that kept the channel open has replied.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';

export async function deliverMessage(message: unknown, sender: unknown): Promise<unknown[]> {
  const replies: unknown[] = [];
  let expected = Infinity;
  let allAnswered = () => undefined as void;
  const answered = new Promise<void>((resolve) => (allAnswered = resolve));
  const sendResponse = (reply: unknown) => {
    replies.push(reply);
    if (replies.length >= expected) allAnswered();
  };
  const returned = (await fakeBrowser.runtime.onMessage.trigger(message, sender as never, sendResponse)) as unknown[];
  expected = returned.filter((value) => value === true).length;
  if (replies.length < expected) await answered;
  return replies;
}
