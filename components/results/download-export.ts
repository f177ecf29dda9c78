/**
 * Downloads an export with the moderator's credentials: the secret token as a
 * bearer header (never in a URL, where logs would keep it), or the session
 * cookie of a signed-in moderator.
 */
export type ExportFormat = "csv" | "xlsx" | "json";

export function moderatorHeaders(token: string | undefined): HeadersInit {
  return token ? { authorization: `Bearer ${token}` } : {};
}

/** Saves a blob under a file name, as a link the browser downloads. */
export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the download a moment to start before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Fetches and saves an export; resolves with an error code of the API on failure. */
export async function downloadExport(args: { code: string; token?: string; format: ExportFormat; locale: string }): Promise<string | null> {
  const response = await fetch(`/api/events/${encodeURIComponent(args.code)}/export.${args.format}?lang=${args.locale}`, {
    headers: moderatorHeaders(args.token),
    credentials: "same-origin",
  });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { error?: string } | null;
    return body?.error ?? "INTERNAL_ERROR";
  }
  const fileName = /filename="([^"]+)"/.exec(response.headers.get("content-disposition") ?? "")?.[1] ?? `barometer-${args.code}.${args.format}`;
  saveFile(await response.blob(), fileName);
  return null;
}
