/**
 * Quiz nicknames: optional, short, and kept clean by a blocklist, since they
 * appear on the projector. Without one, a player shows as an animal with a
 * number, which is derived from the participant and stored nowhere.
 */
export const NICKNAME_MAX_LENGTH = 24;
/** How many animal names the UI knows (messages quiz.animals.0 … 23). */
export const ANIMAL_COUNT = 24;

export type NicknameCheck = { ok: true; nickname: string } | { ok: false; reason: "empty" | "too_long" | "blocked" };

/**
 * What may not appear in a nickname, matched after folding case, accents and
 * look-alike digits, so "Sch31ße" is caught. Short words are matched as whole
 * words (so "Barsch" and "Killian" pass); longer ones anywhere, also across
 * spaces. Deliberately short: it catches the obvious, and the moderator can
 * still reset a quiz.
 */
const BLOCKED_WORDS = [
  "arsch", "fick", "ficken", "hure", "nazi", "nazis", "heil", "kill", "rape", "spast", "fuck", "shit", "cunt", "bitch", "whore", "slut",
  "kacke", "porn", "porno", "penis", "titten", "pimmel", "scheiss", "scheisse", "neger", "nigga", "88", "1488", "hh", "ss", "sa",
];
const BLOCKED_FRAGMENTS = [
  "hurensohn", "wichser", "schwuchtel", "missgeburt", "schlampe", "kanake", "judensau", "hitler", "siegheil", "vergewalt",
  "faggot", "retard", "motherfuck", "fotze", "nigger", "fucker", "fucking", "arschloch",
];

const LOOK_ALIKES: Record<string, string> = { "0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", $: "s", "!": "i", "ß": "ss" };

/** Lower case, no accents, look-alike characters replaced, everything but letters and digits dropped. */
export function foldForBlocklist(text: string, lookAlikes = true): string {
  const folded = text
    .toLocaleLowerCase("de")
    .normalize("NFKD")
    .replace(/\p{M}/gu, "");
  return lookAlikes ? [...folded].map((char) => LOOK_ALIKES[char] ?? char).join("") : folded.replace(/ß/g, "ss");
}

export function checkNickname(raw: string): NicknameCheck {
  const nickname = raw.normalize("NFC").replace(/\s+/g, " ").trim();
  if (nickname === "") return { ok: false, reason: "empty" };
  if ([...nickname].length > NICKNAME_MAX_LENGTH) return { ok: false, reason: "too_long" };
  // Controls and invisible formatting characters have no place on a projector.
  if (/[\p{Cc}\p{Cf}]/u.test(nickname)) return { ok: false, reason: "blocked" };
  // Folded with and without look-alikes: "Sch31sse" is a word, "1488" a number.
  const blocked = [true, false].some((lookAlikes) => {
    const words = foldForBlocklist(nickname, lookAlikes).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    const joined = words.join("");
    return words.some((word) => BLOCKED_WORDS.includes(word)) || BLOCKED_FRAGMENTS.some((fragment) => joined.includes(fragment));
  });
  return blocked ? { ok: false, reason: "blocked" } : { ok: true, nickname };
}

/** Which animal (0 … ANIMAL_COUNT − 1) and number (1 … 99) a player without a nickname is shown as; stable per participant. */
export function defaultPlayerName(participantKey: string): { animal: number; number: number } {
  let hash = 2166136261;
  for (const char of participantKey) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619) >>> 0;
  return { animal: hash % ANIMAL_COUNT, number: 1 + (Math.floor(hash / ANIMAL_COUNT) % 99) };
}
