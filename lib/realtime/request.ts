/**
 * Emits a client event and resolves with its acknowledgement, or with
 * `{ ok: false, error: "TIMEOUT" }` if none comes in time. Shared by the
 * browser and the tests so both speak the contract the same way.
 */
import type { Socket } from "socket.io-client";
import type { Ack, ClientToServerEvents, ServerToClientEvents } from "./contract";

export type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;
export type ClientEventName = keyof ClientToServerEvents;
export type PayloadOf<E extends ClientEventName> = Parameters<ClientToServerEvents[E]>[0];
export type DataOf<E extends ClientEventName> =
  Parameters<ClientToServerEvents[E]>[1] extends (response: Ack<infer T>) => void ? T : never;
export type Answer<E extends ClientEventName> = Ack<DataOf<E>> | { ok: false; error: "TIMEOUT" };

export async function request<E extends ClientEventName>(
  socket: ClientSocket,
  event: E,
  payload: PayloadOf<E>,
  timeoutMs = 8000,
): Promise<Answer<E>> {
  try {
    // biome-ignore lint/suspicious/noExplicitAny: socket.io cannot type emitWithAck for a generic event name
    return await (socket.timeout(timeoutMs) as any).emitWithAck(event, payload);
  } catch {
    return { ok: false, error: "TIMEOUT" };
  }
}
