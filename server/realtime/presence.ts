/**
 * Counts the phones connected to each event. A phone is a participant, not a
 * socket: two tabs of one browser count once.
 */
export function createPresence() {
  const byEvent = new Map<string, Map<string, number>>();

  return {
    join(eventId: string, participantKey: string): void {
      const sockets = byEvent.get(eventId) ?? new Map<string, number>();
      sockets.set(participantKey, (sockets.get(participantKey) ?? 0) + 1);
      byEvent.set(eventId, sockets);
    },

    leave(eventId: string, participantKey: string): void {
      const sockets = byEvent.get(eventId);
      const count = sockets?.get(participantKey);
      if (!sockets || count === undefined) return;
      if (count > 1) sockets.set(participantKey, count - 1);
      else sockets.delete(participantKey);
      if (sockets.size === 0) byEvent.delete(eventId);
    },

    /** Connected phones per event, for the other processes of a cluster. */
    counts(): Map<string, number> {
      return new Map([...byEvent].map(([eventId, sockets]) => [eventId, sockets.size]));
    },

    count(eventId: string): number {
      return byEvent.get(eventId)?.size ?? 0;
    },

    /** How many of `participantKeys` are connected to the event right now. */
    countConnected(eventId: string, participantKeys: Iterable<string>): number {
      const connected = byEvent.get(eventId);
      if (!connected) return 0;
      let count = 0;
      for (const key of participantKeys) if (connected.has(key)) count++;
      return count;
    },
  };
}

export type Presence = ReturnType<typeof createPresence>;
