/**
 * Limits on what one socket sends, before any handler runs: every message
 * counts against the socket, and joins also against the socket's join limit
 * and its address's. A refused message is answered RATE_LIMITED with a retry
 * hint and goes no further.
 */
import type { Limits } from "../security/limits";
import { ackOf, toFailure } from "./respond";
import type { BarometerSocket } from "./types";

const JOIN_EVENTS = new Set(["attendee:join", "presenter:join", "moderator:join"]);

export function limitMessages(socket: BarometerSocket, limits: Limits, address: string): void {
  socket.use((packet, next) => {
    const [event, ...args] = packet;
    const checks = [limits.take("messagesPerSocket", socket.id)];
    if (JOIN_EVENTS.has(event)) checks.push(limits.take("joinsPerSocket", socket.id), limits.take("joinsPerIp", address));
    Promise.all(checks).then(
      () => next(),
      (error: unknown) => ackOf(args)?.(toFailure(error) as never),
    );
  });
}
