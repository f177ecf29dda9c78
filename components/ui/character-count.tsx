import { useTranslations } from "next-intl";
import styles from "./character-count.module.css";

/** "87 / 120", shown once a text nears its limit (or always); says plainly when the limit is reached. */
export function CharacterCount(props: { id: string; length: number; max: number; always?: boolean; className?: string }) {
  const t = useTranslations("moderator");
  const near = props.length >= props.max * 0.8;
  const full = props.length >= props.max;
  return (
    <span id={props.id} className={`${styles.charCount} ${props.className ?? ""}`} data-full={full || undefined}>
      {props.always || near ? (full ? t("charLimitReached", { max: props.max }) : t("charCount", { length: props.length, max: props.max })) : null}
    </span>
  );
}
