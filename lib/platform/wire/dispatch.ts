/**
 * The receiving side of the protocol: one handler per method, looked up in a map. Before a handler runs, the
 * message must be addressed to this receiver, come from a sender it accepts, name a known method and carry a
 * payload of the right shape; anything else is answered with an error and never reaches a handler.
 */
import { fail, type Channel, type MethodMap, type Result } from './protocol.ts';
import type { ExtensionIdentity, SenderInfo, SenderPolicy } from './senders.ts';
import { isRecord, type PayloadShapes } from './shapes.ts';

export type Handlers<M extends MethodMap<M>> = {
  [K in keyof M]: (payload: M[K]['payload'], sender: SenderInfo) => Promise<Result<M[K]['value']>> | Result<M[K]['value']>;
};

export interface Receiver<M extends MethodMap<M>> {
  /** Messages on other channels are left alone, so the receiver they are meant for can answer. */
  channel: Channel;
  self: ExtensionIdentity;
  accepts: SenderPolicy;
  shapes: PayloadShapes<M>;
  handlers: Handlers<M>;
}

/**
 * `undefined` means "not for me": runtime listeners must then stay silent, because the first answer wins and
 * extension pages hear each other's messages.
 */
export type Dispatch = (message: unknown, sender: SenderInfo) => Promise<Result<unknown>> | undefined;

export function createDispatcher<M extends MethodMap<M>>(receiver: Receiver<M>): Dispatch {
  return (message, sender) => {
    if (!isRecord(message) || message.precis !== 1 || message.channel !== receiver.channel) return undefined;
    return Promise.resolve(handle(receiver, message, sender));
  };
}

async function handle<M extends MethodMap<M>>(
  receiver: Receiver<M>,
  message: Record<string, unknown>,
  sender: SenderInfo,
): Promise<Result<unknown>> {
  if (!receiver.accepts(sender, receiver.self)) {
    return fail('forbidden', `Refused a message on ${receiver.channel} from an unexpected sender.`);
  }
  const method = message.method;
  if (typeof method !== 'string' || !Object.hasOwn(receiver.handlers, method)) {
    return fail('unknown-method', `${receiver.channel} has no method "${String(method)}".`);
  }
  const key = method as keyof M & string;
  if (!receiver.shapes[key](message.payload)) {
    return fail('bad-request', `The payload of "${key}" has the wrong shape.`);
  }
  try {
    return await receiver.handlers[key](message.payload, sender);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return fail('failed', `"${key}" failed: ${detail}`);
  }
}
