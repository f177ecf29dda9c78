import type { Metadata } from "next";
import { SlideFrame } from "@/components/results/slide-frame";

export const metadata: Metadata = { title: "Slide" };

/** The hidden 1920×1080 frame the results page takes pictures in (components/results/slide-protocol.ts). */
export default function SlidePage() {
  return <SlideFrame />;
}
