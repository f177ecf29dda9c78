import { connection } from "next/server";

/** The federal enforcement body for accessibility (§ 16 BGG); Länder bodies are set by ENFORCEMENT_BODY_*. */
const FEDERAL_ENFORCEMENT_BODY = {
  name: "Schlichtungsstelle nach dem Behindertengleichstellungsgesetz (BGG) bei dem Beauftragten der Bundesregierung für die Belange von Menschen mit Behinderungen",
  url: "https://www.schlichtungsstelle-bgg.de",
};

const DEFAULT_RETENTION_DAYS = 180;

export interface OperatorDetails {
  name: string | null;
  addressLines: string[];
  email: string | null;
  phone: string | null;
  dataProtectionOfficer: string | null;
  accessibilityContact: string | null;
  enforcementBody: { name: string; url: string };
  retentionDays: number;
}

/**
 * The operator's details from the environment (server/env.ts checked them at
 * start), read per request so that a page is never built with another
 * server's details.
 */
export async function operatorDetails(): Promise<OperatorDetails> {
  await connection();
  const env = (name: string) => process.env[name]?.trim() || null;
  const email = env("OPERATOR_EMAIL");
  return {
    name: env("OPERATOR_NAME"),
    addressLines: (env("OPERATOR_ADDRESS") ?? "").split(/\\n|\n|\|/).map((line) => line.trim()).filter(Boolean),
    email,
    phone: env("OPERATOR_PHONE"),
    dataProtectionOfficer: env("DATA_PROTECTION_OFFICER"),
    accessibilityContact: env("ACCESSIBILITY_CONTACT") ?? email,
    enforcementBody: { name: env("ENFORCEMENT_BODY_NAME") ?? FEDERAL_ENFORCEMENT_BODY.name, url: env("ENFORCEMENT_BODY_URL") ?? FEDERAL_ENFORCEMENT_BODY.url },
    retentionDays: Number(env("RETENTION_DAYS")) || DEFAULT_RETENTION_DAYS,
  };
}

/** No operator named: the console warns its moderators, since attendees' privacy notice then names nobody. */
export async function isOperatorMissing(): Promise<boolean> {
  const { name, email } = await operatorDetails();
  return !name && !email;
}
