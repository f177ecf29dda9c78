/**
 * Who may do what with an event: the one place that decides, for the socket
 * handlers, the HTTP API and the pages alike.
 *
 * A moderator reaches an event by its secret link or by an account with a
 * role. The owner manages the event (co-moderators, the secret link, the
 * audit log); a moderator runs its polls. The link holder runs the polls, and
 * manages the event too as long as no account owns it: on an instance
 * without an identity provider, the link is all there is.
 */
export const ROLES = ["owner", "moderator"] as const;
export type Role = (typeof ROLES)[number];

export type Permission =
  /** Prepare and run polls: show, open, close, edit, reset, delete, moderate entries; see hidden results. */
  | "moderate"
  /** Invite and remove co-moderators, rotate or revoke the secret link, read the audit log. */
  | "manage";

/** How someone came to the event. */
export type Access = { via: "link"; eventHasOwner: boolean } | { via: "account"; role: Role | null };

export function roleOf(access: Access): Role | null {
  if (access.via === "account") return access.role;
  return access.eventHasOwner ? "moderator" : "owner";
}

const PERMISSIONS: Record<Role, readonly Permission[]> = {
  owner: ["moderate", "manage"],
  moderator: ["moderate"],
};

export function can(role: Role | null, permission: Permission): boolean {
  return role !== null && PERMISSIONS[role].includes(permission);
}

/** The operator's setting of who may create events. */
export const EVENT_CREATION_MODES = ["anyone", "signed-in", "key"] as const;
export type EventCreationMode = (typeof EVENT_CREATION_MODES)[number];

export function mayCreateEvent(mode: EventCreationMode, asker: { signedIn: boolean; keyMatches: boolean }): boolean {
  if (mode === "anyone") return true;
  if (mode === "signed-in") return asker.signedIn;
  return asker.keyMatches || asker.signedIn;
}
