"use client";

import { useEffect, useState } from "react";
import { io } from "socket.io-client";
import type { ClientSocket } from "@/lib/realtime/request";

/** "offline": the browser knows it has no network; "reconnecting": it has, but the server cannot be reached. */
export type ConnectionState = "connecting" | "connected" | "reconnecting" | "offline";

/**
 * One Socket.IO connection for the lifetime of a screen. `onConnect` runs on
 * every (re)connection: rooms are per connection, so each screen joins its
 * event again after Wi-Fi drops. The state turns "offline" the moment the
 * browser reports it, instead of after Socket.IO's heartbeat gives up (~45 s),
 * and a connection is retried at once when the network comes back.
 */
export function useSocket(onConnect: (socket: ClientSocket) => void): {
  socket: ClientSocket | null;
  state: ConnectionState;
} {
  const [socket, setSocket] = useState<ClientSocket | null>(null);
  const [state, setState] = useState<ConnectionState>("connecting");

  useEffect(() => {
    const created: ClientSocket = io({ withCredentials: true, reconnectionDelayMax: 4000 });
    const offline = () => !navigator.onLine;
    setSocket(created);
    if (offline()) setState("offline");
    created.on("connect", () => setState("connected"));
    created.on("disconnect", () => setState(offline() ? "offline" : "reconnecting"));
    created.io.on("reconnect_attempt", () => setState(offline() ? "offline" : "reconnecting"));
    // A handshake the server refused (RATE_LIMITED while a whole hall joins at once) is not retried
    // by Socket.IO itself: try again once the server's hint has passed, spread a little.
    let retry: ReturnType<typeof setTimeout> | undefined;
    created.on("connect_error", (error) => {
      if (created.active) return;
      const retryAfterMs = (error as { data?: { retryAfterMs?: number } }).data?.retryAfterMs ?? 5_000;
      setState(offline() ? "offline" : "reconnecting");
      clearTimeout(retry);
      retry = setTimeout(() => created.connect(), retryAfterMs + Math.random() * 1_000);
    });
    const wentOffline = () => setState("offline");
    const cameOnline = () => {
      setState(created.connected ? "connected" : "reconnecting");
      if (!created.connected) created.connect();
    };
    window.addEventListener("offline", wentOffline);
    window.addEventListener("online", cameOnline);
    return () => {
      window.removeEventListener("offline", wentOffline);
      window.removeEventListener("online", cameOnline);
      clearTimeout(retry);
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
