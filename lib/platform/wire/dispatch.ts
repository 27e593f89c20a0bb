/**
 * The receiving side of the protocol: one handler per method, looked up in a map. Before a handler runs, the
 * message must be addressed to this receiver, come from a sender it accepts, name a known method and carry a
 * payload of the right shape; anything else is answered with an error and never reaches a handler.
 */
import { fail, type Channel, type Channels, type PayloadOf, type Result, type ValueOf } from './protocol.ts';
import type { ExtensionIdentity, SenderInfo, SenderPolicy } from './senders.ts';
import { isRecord, type PayloadShapes } from './shapes.ts';

export type Handlers<M> = {
  [K in keyof M]: (payload: PayloadOf<M[K]>, sender: SenderInfo) => Promise<Result<ValueOf<M[K]>>> | Result<ValueOf<M[K]>>;
};

/** A receiver on channel `C`: its shapes and handlers are those of the channel's own method map. */
export interface Receiver<C extends Channel> {
  /** Messages on other channels are left alone, so the receiver they are meant for can answer. */
  channel: C;
  self: ExtensionIdentity;
  accepts: SenderPolicy;
  shapes: PayloadShapes<Channels[C]>;
  handlers: Handlers<Channels[C]>;
}

/**
 * `undefined` means "not for me": runtime listeners must then stay silent, because the first answer wins and
 * extension pages hear each other's messages.
 */
export type Dispatch = (message: unknown, sender: SenderInfo) => Promise<Result<unknown>> | undefined;

export function createDispatcher<C extends Channel>(receiver: Receiver<C>): Dispatch {
  return (message, sender) => {
    if (!isRecord(message) || message.precis !== 1 || message.channel !== receiver.channel) return undefined;
    return Promise.resolve(handle(receiver, message, sender));
  };
}

async function handle<C extends Channel>(
  receiver: Receiver<C>,
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
  const key = method as keyof Channels[C] & string;
  if (!receiver.shapes[key](message.payload)) {
    return fail('bad-request', `The payload of "${key}" has the wrong shape.`);
  }
  try {
    // The shape check above is what makes the payload this method's.
    return await receiver.handlers[key](message.payload as PayloadOf<Channels[C][typeof key]>, sender);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return fail('failed', `"${key}" failed: ${detail}`);
  }
}
