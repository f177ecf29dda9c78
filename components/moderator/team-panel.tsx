"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useCallback, useEffect, useState } from "react";
import type { ModeratorJoined, TeamView } from "@/lib/realtime/contract";
import { type ClientSocket, request } from "@/lib/realtime/request";
import { ConfirmDialog } from "../ui/confirm-dialog";
import { CopyButton } from "../ui/copy-button";
import { ErrorNotice } from "../ui/error-notice";
import styles from "./moderator.module.css";

type Confirming = "rotate" | "revoke" | null;

/** For the owner: co-moderators and their invitations, the secret link, and the audit log. */
export function TeamPanel(props: {
  socket: ClientSocket;
  origin: string;
  access: ModeratorJoined["access"];
  onLinkRotated: (token: string) => void;
}) {
  const t = useTranslations("team");
  const tErrors = useTranslations("errors");
  const format = useFormatter();
  const [team, setTeam] = useState<TeamView | null>(null);
  const [inviteUrl, setInviteUrl] = useState("");
  const [newLink, setNewLink] = useState("");
  const [confirming, setConfirming] = useState<Confirming>(null);
  const [error, setError] = useState("");

  const { socket } = props;
  const reload = useCallback(async () => {
    const answer = await request(socket, "team:view", {});
    if (answer.ok) setTeam(answer.data);
    else setError(tErrors(answer.error));
  }, [socket, tErrors]);

  useEffect(() => {
    void reload();
  }, [reload]);

  async function act<T>(run: () => Promise<{ ok: true; data: T } | { ok: false; error: string }>): Promise<T | null> {
    setError("");
    const answer = await run();
    await reload();
    if (answer.ok) return answer.data;
    setError(tErrors.has(answer.error) ? tErrors(answer.error) : tErrors("INTERNAL_ERROR"));
    return null;
  }

  if (!team) return null;
  const moderatorLink = newLink ? `${props.origin}/moderate/${newLink}` : "";

  return (
    <section className={`card ${styles.team}`} aria-labelledby="team-heading">
      <h2 id="team-heading">{t("heading")}</h2>
      <ErrorNotice message={error} />

      <h3>{t("members")}</h3>
      {team.members.length === 0 ? <p className="hint">{t("noMembers")}</p> : null}
      <ul className={styles.teamList}>
        {team.members.map((member) => (
          <li key={member.id}>
            <span className={styles.teamName}>{member.name}</span> <span className="hint">{t(`role.${member.role}`)}</span>
            {member.role !== "owner" ? (
              <button
                type="button"
                className="button button-quiet button-small"
                aria-label={t("removeMember", { name: member.name })}
                onClick={() => void act(() => request(socket, "team:remove-member", { accountId: member.id }))}
              >
                {t("remove")}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      <button
        type="button"
        className="button button-secondary button-small"
        onClick={async () => {
          const invite = await act(() => request(socket, "team:invite", {}));
          if (invite) setInviteUrl(`${props.origin}/invite/${invite.token}`);
        }}
      >
        {t("invite")}
      </button>
      {inviteUrl ? (
        <div className={styles.shareRow}>
          <code className={styles.shareUrl}>{inviteUrl}</code>
          <CopyButton text={inviteUrl} label={t("inviteLink")} />
        </div>
      ) : null}
      {inviteUrl ? <p className="hint">{t("inviteHint")}</p> : null}
      {team.invites.length > 0 ? (
        <ul className={styles.teamList}>
          {team.invites.map((invite) => (
            <li key={invite.id}>
              {t("openInvite", { until: format.dateTime(new Date(invite.expiresAt), { dateStyle: "medium", timeStyle: "short" }) })}
              <button
                type="button"
                className="button button-quiet button-small"
                onClick={() => void act(() => request(socket, "team:revoke-invite", { inviteId: invite.id }))}
              >
                {t("withdraw")}
              </button>
            </li>
          ))}
        </ul>
      ) : null}

      <h3>{t("secretLink")}</h3>
      <p>{team.linkActive ? t("linkActive") : t("linkRevoked")}</p>
      <div className={styles.teamActions}>
        <button type="button" className="button button-quiet button-small" onClick={() => setConfirming("rotate")}>
          {t("rotate")}
        </button>
        {team.linkActive && props.access.via === "account" ? (
          <button type="button" className="button button-quiet button-small" onClick={() => setConfirming("revoke")}>
            {t("revoke")}
          </button>
        ) : null}
      </div>
      {moderatorLink ? (
        <div className={styles.shareRow}>
          <code className={styles.shareUrl}>{moderatorLink}</code>
          <CopyButton text={moderatorLink} label={t("secretLink")} />
        </div>
      ) : null}

      <details className={styles.audit}>
        <summary>{t("audit", { count: team.audit.length })}</summary>
        {team.audit.length === 0 ? (
          <p className="hint">{t("auditEmpty")}</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">{t("when")}</th>
                <th scope="col">{t("who")}</th>
                <th scope="col">{t("what")}</th>
              </tr>
            </thead>
            <tbody>
              {team.audit.map((entry) => (
                <tr key={entry.id}>
                  <td>{format.dateTime(new Date(entry.at), { dateStyle: "short", timeStyle: "medium" })}</td>
                  <td>{entry.actorAccountId ? entry.actorName : t("viaLink")}</td>
                  <td>
                    {t.has(`action.${entry.action}`) ? t(`action.${entry.action}`) : entry.action}
                    {typeof entry.detail.question === "string" ? `: ${entry.detail.question}` : ""}
                    {typeof entry.detail.name === "string" ? `: ${entry.detail.name}` : ""}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </details>

      <ConfirmDialog
        open={confirming !== null}
        title={confirming === "revoke" ? t("revokeTitle") : t("rotateTitle")}
        text={confirming === "revoke" ? t("revokeText") : t("rotateText")}
        confirmLabel={confirming === "revoke" ? t("revoke") : t("rotate")}
        onCancel={() => setConfirming(null)}
        onConfirm={async () => {
          const which = confirming;
          setConfirming(null);
          if (which === "rotate") {
            const rotated = await act(() => request(socket, "link:rotate", {}));
            if (rotated) {
              setNewLink(rotated.token);
              props.onLinkRotated(rotated.token);
            }
          } else if (which === "revoke") await act(() => request(socket, "link:revoke", {}));
        }}
      />
    </section>
  );
}
