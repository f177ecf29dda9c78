"use client";

import { type KeyboardEvent, type TextareaHTMLAttributes, useLayoutEffect, useRef } from "react";

/**
 * A text area as tall as its text, so a long label shows in full instead of
 * scrolling sideways in a one-line input. CSS `field-sizing: content` does it
 * where supported; elsewhere the height follows the scroll height.
 * A one-line field (`onEnter` given) keeps its text on one logical line:
 * Enter calls `onEnter` instead of breaking the line, and the text only wraps.
 */
export function GrowingTextArea({
  onEnter,
  value,
  onChange,
  ...props
}: Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "value" | "onChange"> & {
  value: string;
  onChange: (value: string) => void;
  onEnter?: () => void;
}) {
  const ref = useRef<HTMLTextAreaElement>(null);

  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || CSS.supports("field-sizing", "content")) return;
    element.style.height = "auto";
    element.style.height = `${element.scrollHeight + element.offsetHeight - element.clientHeight}px`;
  });

  return (
    <textarea
      ref={ref}
      rows={1}
      {...props}
      className={`input growing-text-area ${props.className ?? ""}`}
      value={value}
      onChange={(event) => onChange(onEnter ? event.target.value.replace(/\r?\n/g, " ") : event.target.value)}
      onKeyDown={(event: KeyboardEvent<HTMLTextAreaElement>) => {
        if (onEnter && event.key === "Enter" && !event.nativeEvent.isComposing) {
          event.preventDefault();
          onEnter();
        }
        props.onKeyDown?.(event);
      }}
    />
  );
}
