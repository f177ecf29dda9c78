/**
 * Requests whose path is not valid percent-encoding ("/join/%E0%A4%A") are
 * answered 400 here, before the API or Next try to decode them and fail with 500.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { sendError } from "./json";

export function hasMalformedPath(url: string | undefined): boolean {
  const path = (url ?? "/").split("?")[0] ?? "/";
  try {
    decodeURIComponent(path);
    return false;
  } catch {
    return true;
  }
}

/** Self-contained (no scripts, no external assets), in both languages: the page cannot know which one is wanted. */
const BAD_REQUEST_PAGE = `<!doctype html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Ungültige Adresse – Barometer</title>
<style>
body{margin:0;font-family:system-ui,sans-serif;background:#f5f7fb;color:#14213d;line-height:1.5}
main{max-width:34rem;margin:0 auto;padding:3rem 1.25rem}
.code{font-size:3rem;font-weight:800;color:#1d4ed8;margin:0}
h1{font-size:2rem;margin:.25rem 0 1rem}
a{display:inline-block;margin-top:1rem;padding:.7rem 1.2rem;border-radius:.5rem;background:#1d4ed8;color:#fff;text-decoration:none;font-weight:600}
</style>
</head>
<body>
<main>
<p class="code" aria-hidden="true">400</p>
<h1>Ungültige Adresse</h1>
<p>Diese Adresse enthält Zeichen, die nicht lesbar sind. Prüfen Sie den Link.</p>
<p lang="en">Invalid address: it contains characters that cannot be read. Please check the link.</p>
<a href="/">Zur Startseite · Home</a>
</main>
</body>
</html>`;

export function sendMalformedPath(req: IncomingMessage, res: ServerResponse): void {
  if ((req.url ?? "").startsWith("/api/")) {
    sendError(res, 400, "INVALID_PAYLOAD", { message: "The URL is not valid percent-encoding" });
    return;
  }
  res.writeHead(400, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
  res.end(BAD_REQUEST_PAGE);
}
