/**
 * Join codes are read off a projector and typed on a phone, so they use only
 * characters that cannot be mistaken for one another: no 0/O and no 1/I/L.
 */
export const JOIN_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
export const JOIN_CODE_LENGTH = 6;

/** Makes a join code from a source of random integers in [0, max). */
export function createJoinCode(randomInt: (max: number) => number): string {
  let code = "";
  for (let i = 0; i < JOIN_CODE_LENGTH; i++) {
    code += JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)];
  }
  return code;
}

/**
 * Turns what a person typed into a canonical code, or null if it cannot be one.
 * Forgiving on purpose (case, spaces and dashes are ignored), but look-alikes
 * such as O or 0 are not guessed: a typo is reported, never misread.
 */
export function normalizeJoinCode(input: string): string | null {
  const code = input.replace(/[\s-]/g, "").toUpperCase();
  if (code.length !== JOIN_CODE_LENGTH) return null;
  for (const char of code) {
    if (!JOIN_CODE_ALPHABET.includes(char)) return null;
  }
  return code;
}
