import { Hyphenated } from "../../../ui/hyphenated";
import styles from "./stage.module.css";

/** The board's container for entries; use its class on the element that holds them. */
export const stageBoardClass = styles.board;

/** What the projector says while there is nothing to show yet ("no answers yet", "being reviewed"). */
export function StageMessage({ text }: { text: string }) {
  return (
    <div className={styles.message} aria-hidden="true">
      <p>{text}</p>
    </div>
  );
}

/** One entry shown large: the featured answer, the question being answered. */
export function Spotlight(props: { label: string; text: string; meta?: string; flipKey?: string }) {
  return (
    <blockquote className={styles.spotlight} data-flip-key={props.flipKey}>
      <span className={styles.spotlightLabel}>{props.label}</span>
      <p className={styles.spotlightText}>
        <Hyphenated text={props.text} />
      </p>
      {props.meta ? <p className={styles.spotlightMeta}>{props.meta}</p> : null}
    </blockquote>
  );
}
