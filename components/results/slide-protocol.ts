/**
 * Pictures of a poll's result are taken of the projector's own stage, drawn
 * in a hidden 1920×1080 frame (so that the stage's viewport units measure a
 * projector, whatever the moderator's window is). The page and the frame
 * talk by these messages, on the app's own origin only.
 */
import type { Poll, PollResults } from "@/lib/domain/poll";

export const SLIDE_WIDTH = 1920;
export const SLIDE_HEIGHT = 1080;

export type PictureFormat = "png" | "svg";

export type SlideRequest = {
  type: "slide:render";
  format: PictureFormat;
  poll: Poll;
  results: PollResults;
  eventTitle: string;
  code: string;
  joinUrl: string;
};

export type SlideAnswer = { type: "slide:ready" } | { type: "slide:done"; dataUrl: string } | { type: "slide:failed"; message: string };
