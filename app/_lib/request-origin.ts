import { headers } from "next/headers";
import { linkOrigin } from "@/lib/http/origin";

/** The origin people reached this server by: PUBLIC_URL if set, else the request's host (forwarded headers only when TRUST_PROXY is set). */
export async function requestOrigin(): Promise<string> {
  const h = await headers();
  return linkOrigin(
    { header: (name) => h.get(name) ?? undefined, encrypted: false },
    { publicUrl: process.env.PUBLIC_URL || undefined, trustProxy: process.env.TRUST_PROXY === "true" },
  );
}
