/**
 * The page's side of a picture: a hidden 1920×1080 frame on /slide draws the
 * projector's stage and answers with its PNG or SVG (slide-protocol.ts).
 */
import { SLIDE_HEIGHT, SLIDE_WIDTH, type SlideAnswer, type SlideRequest } from "./slide-protocol";

export function takePicture(request: Omit<SlideRequest, "type">): Promise<Blob> {
  const frame = document.createElement("iframe");
  frame.src = "/slide";
  frame.title = "";
  frame.setAttribute("aria-hidden", "true");
  frame.tabIndex = -1;
  Object.assign(frame.style, { position: "fixed", left: "-10000px", top: "0", width: `${SLIDE_WIDTH}px`, height: `${SLIDE_HEIGHT}px`, border: "0" });

  return new Promise<Blob>((resolve, reject) => {
    const finish = (outcome: () => void) => {
      window.removeEventListener("message", onMessage);
      frame.remove();
      outcome();
    };
    const onMessage = (event: MessageEvent<SlideAnswer>) => {
      if (event.origin !== window.location.origin || event.source !== frame.contentWindow) return;
      const message = event.data;
      if (message.type === "slide:ready") frame.contentWindow?.postMessage({ type: "slide:render", ...request } satisfies SlideRequest, window.location.origin);
      else if (message.type === "slide:done") finish(() => resolve(blobOfDataUrl(message.dataUrl)));
      else if (message.type === "slide:failed") finish(() => reject(new Error(message.message)));
    };
    window.addEventListener("message", onMessage);
    document.body.append(frame);
  });
}

/** A data: URL as a Blob, decoded here: the page's policy lets fetch reach its own origin only. */
export function blobOfDataUrl(dataUrl: string): Blob {
  const comma = dataUrl.indexOf(",");
  const header = dataUrl.slice(5, comma);
  const body = dataUrl.slice(comma + 1);
  const type = header.split(";")[0] ?? "application/octet-stream";
  if (header.endsWith(";base64")) return new Blob([Uint8Array.from(atob(body), (char) => char.charCodeAt(0))], { type });
  return new Blob([decodeURIComponent(body)], { type });
}
