import type { IncomingMessage, ServerResponse } from "node:http";
import type { ErrorCode } from "@/lib/domain/errors";

export const MAX_JSON_BODY_BYTES = 100 * 1024;

export class BodyError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    /** The client went away mid-upload: nobody to answer. */
    readonly aborted = false,
  ) {
    super(message);
  }
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(text),
    "cache-control": "no-store",
  });
  res.end(text);
}

export function sendError(
  res: ServerResponse,
  status: number,
  error: ErrorCode,
  extra: Record<string, unknown> = {},
): void {
  sendJson(res, status, { ok: false, error, ...extra });
}

/** Reads a JSON body of at most MAX_JSON_BODY_BYTES; BodyError on anything else. */
export async function readJsonBody(req: IncomingMessage): Promise<unknown> {
  // Exactly application/json (a charset may follow): "text/plain; x=application/json" is a form any site can post without a preflight.
  const mediaType = (req.headers["content-type"] ?? "").split(";")[0]?.trim().toLowerCase();
  if (mediaType !== "application/json") {
    throw new BodyError(415, "INVALID_PAYLOAD", "Content-Type must be application/json");
  }
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of req) {
      size += (chunk as Buffer).length;
      if (size > MAX_JSON_BODY_BYTES) throw new BodyError(413, "INVALID_PAYLOAD", "Body too large");
      chunks.push(chunk as Buffer);
    }
  } catch (error) {
    if (error instanceof BodyError) throw error;
    throw new BodyError(400, "INVALID_PAYLOAD", "Upload aborted", true);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    throw new BodyError(400, "INVALID_PAYLOAD", "Body is not valid JSON");
  }
}
