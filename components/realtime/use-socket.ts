"use client";

import { useEffect, useState } from "react";
import { io } from "socket.io-client";
import type { ClientSocket } from "@/lib/realtime/request";

export type ConnectionState = "connecting" | "connected" | "reconnecting";

/**
 * One Socket.IO connection for the lifetime of a screen. `onConnect` runs on
 * every (re)connection: rooms are per connection, so each screen joins its
 * event again after Wi-Fi drops.
 */
export function useSocket(onConnect: (socket: ClientSocket) => void): {
  socket: ClientSocket | null;
  state: ConnectionState;
} {
  const [socket, setSocket] = useState<ClientSocket | null>(null);
  const [state, setState] = useState<ConnectionState>("connecting");

  useEffect(() => {
    const created: ClientSocket = io({ withCredentials: true });
    setSocket(created);
    created.on("connect", () => setState("connected"));
    created.on("disconnect", () => setState("reconnecting"));
    created.io.on("reconnect_attempt", () => setState("reconnecting"));
    return () => {
      created.removeAllListeners();
      created.disconnect();
    };
  }, []);

  useEffect(() => {
    if (!socket) return;
    const handler = () => onConnect(socket);
    socket.on("connect", handler);
    if (socket.connected) handler();
    return () => {
      socket.off("connect", handler);
    };
  }, [socket, onConnect]);

  return { socket, state };
}
