/**
 * Free text from the room, made safe to count and to show as text: Unicode
 * NFC, line breaks and tabs as spaces, control characters and invisible
 * formatting (bidirectional overrides and isolates, zero-width characters)
 * removed, inner whitespace collapsed, trimmed. What is left is plain text;
 * the UI never renders it as anything else.
 */
export function cleanText(raw: string): string {
  return raw
    .normalize("NFC")
    .replace(/[\t\n\r\v\f\u2028\u2029]/g, " ")
    .replace(/[\p{Cc}\p{Cf}]/gu, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** Length as people count it: code points, not UTF-16 units. */
export const textLength = (text: string) => [...text].length;
