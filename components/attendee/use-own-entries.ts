"use client";

import { useTranslations } from "next-intl";
import { useCallback, useEffect, useRef, useState } from "react";
import type { EntryInput, TextEntry } from "@/lib/domain/entries/text-entry";
import type { OwnEntries } from "@/lib/realtime/contract";
import { type ClientSocket, request } from "@/lib/realtime/request";
import { createVoteId } from "@/lib/realtime/vote-id";

/**
 * A phone's own entries and upvotes in a poll of entries, loaded whenever the
 * poll or the connection changes, and the two things a phone does there:
 * send an entry and toggle an upvote. An entry that got no answer (a
 * dropped connection) keeps its id, so sending it again stores it once.
 */
export function useOwnEntries(socket: ClientSocket | null, pollId: string | null, connected: boolean) {
  const tErrors = useTranslations("errors");
  const tEntries = useTranslations("entries");
  const [own, setOwn] = useState<OwnEntries | null>(null);
  const unanswered = useRef<{ pollId: string; text: string; entryId: string } | null>(null);

  // The moderator decided on one of this phone's entries.
  useEffect(() => {
    if (!socket || !pollId) return;
    const onUpdated = (update: { pollId: string; entry: TextEntry }) => {
      if (update.pollId !== pollId) return;
      setOwn((current) => current && { ...current, entries: current.entries.map((entry) => (entry.id === update.entry.id ? update.entry : entry)) });
    };
    socket.on("entry:updated", onUpdated);
    return () => {
      socket.off("entry:updated", onUpdated);
    };
  }, [socket, pollId]);

  useEffect(() => {
    setOwn((current) => (current?.pollId === pollId ? current : null));
    if (!socket || !pollId || !connected) return;
    let current = true;
    void request(socket, "entry:own", { pollId }).then((answer) => {
      if (current && answer.ok) setOwn(answer.data);
    });
    return () => {
      current = false;
    };
  }, [socket, pollId, connected]);

  const submit = useCallback(
    async (input: EntryInput): Promise<string | null> => {
      if (!socket || !pollId || !socket.connected) return tEntries("offline");
      const retry = unanswered.current;
      const entryId = retry?.pollId === pollId && retry.text === input.text ? retry.entryId : createVoteId();
      unanswered.current = { pollId, text: input.text, entryId };
      const answer = await request(socket, "entry:submit", { pollId, entryId, entry: input });
      if (!answer.ok) {
        if (answer.error === "TIMEOUT") return tEntries("notConfirmed");
        unanswered.current = null;
        if (answer.error === "INVALID_ENTRY" && answer.reason) return tEntries(`problem.${answer.reason}`);
        return tErrors(answer.error);
      }
      unanswered.current = null;
      const entry = answer.data;
      setOwn((current) => ({
        pollId,
        entries: [entry, ...(current?.entries ?? []).filter((existing) => existing.id !== entry.id)],
        upvoted: current?.upvoted ?? [],
      }));
      return null;
    },
    [socket, pollId, tErrors, tEntries],
  );

  const upvote = useCallback(
    (entryId: string, up: boolean) => {
      if (!socket || !pollId) return;
      const toggle = (on: boolean) =>
        setOwn((current) =>
          current && { ...current, upvoted: on ? [...current.upvoted.filter((id) => id !== entryId), entryId] : current.upvoted.filter((id) => id !== entryId) },
        );
      // Shown at once; taken back if the server refuses.
      toggle(up);
      void request(socket, "entry:upvote", { pollId, entryId, up }).then((answer) => {
        if (!answer.ok) toggle(!up);
      });
    },
    [socket, pollId],
  );

  return { own, submit, upvote };
}
