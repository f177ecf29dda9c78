/**
 * The benchmark's yardstick: a bare Socket.IO server on the same machine that
 * only acknowledges and counts. Phones join a room and vote or upvote; each is
 * counted and acknowledged at once, and the count goes to the projector room
 * at most every 100 ms, as the real server's coalescer does. What Barometer
 * costs beyond this is what its features (validation, storage, tallies) cost.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { Server } from "socket.io";
import { reportMetricsToParent } from "@/server/process-metrics";

const http = createServer((_req, res) => res.writeHead(404).end());
const io = new Server(http, { maxHttpBufferSize: 64 * 1024, pingInterval: 20_000, pingTimeout: 25_000 });
let ballots = 0;
let pending: NodeJS.Timeout | null = null;

io.on("connection", (socket) => {
  socket.on("attendee:join", (_payload: unknown, ack: (answer: unknown) => void) => {
    socket.join("attendees");
    ack({ ok: true, data: { event: { code: "REF", title: "Reference" }, livePoll: null, ownBallot: null, results: null } });
  });
  socket.on("presenter:join", (_payload: unknown, ack: (answer: unknown) => void) => {
    socket.join("presenters");
    ack({ ok: true, data: { ballots } });
  });
  // An upvote costs the yardstick what a vote costs: count, acknowledge, tell the projector soon.
  socket.on("entry:upvote", (payload: { voteId?: string }, ack: (answer: unknown) => void) => count(payload, ack));
  socket.on("vote:submit", (payload: { voteId?: string }, ack: (answer: unknown) => void) => count(payload, ack));
});

function count(payload: { voteId?: string }, ack: (answer: unknown) => void) {
  ballots++;
  ack({ ok: true, data: { voteId: payload?.voteId } });
  pending ??= setTimeout(() => {
    pending = null;
    io.to("presenters").emit("results:update", { pollId: "reference", version: Date.now(), ballotCount: ballots, connectedVoters: 0, results: null });
  }, 100);
}

reportMetricsToParent();
http.listen(0, "127.0.0.1", () => console.log(`READY ${(http.address() as AddressInfo).port}`));
