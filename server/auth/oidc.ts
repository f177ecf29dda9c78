/**
 * Sign-in for moderators with OpenID Connect, through openid-client (a
 * certified relying party): the authorization code flow with PKCE, state and
 * nonce, for any issuer (Keycloak, Entra ID, …) configured by environment.
 * The issuer is asked for its metadata on the first sign-in, not at start, so
 * the app starts while the identity provider is down.
 *
 * What a sign-in under way must remember (verifier, state, nonce, where to go
 * back to) travels in a short-lived signed cookie, not in server memory, so
 * any process of a cluster can finish it.
 */
import * as client from "openid-client";
import { z } from "zod";
import { createSignedCookie, deriveKey } from "./signed-cookie";

export interface OidcSettings {
  issuer: string;
  clientId: string;
  /** Confidential clients have one; public clients rely on PKCE alone. */
  clientSecret?: string;
  scopes: string;
}

export const CALLBACK_PATH = "/auth/callback";
const PENDING_COOKIE = "barometer_sign_in";

/** Only a path of this site: never another host (an open redirect), however it is written. */
export function safeReturnPath(value: string | null | undefined): string {
  const home = "http://barometer.invalid";
  if (!value?.startsWith("/")) return "/events";
  // Resolved as a browser would: "//evil.example", "/\\evil.example" and tabs inside all leave the site, and are refused.
  const url = new URL(value, home);
  return url.origin === home ? `${url.pathname}${url.search}` : "/events";
}

/** The name co-moderators see: the provider's display name, else the user name, else the e-mail's local part. */
export function displayNameOf(claims: Record<string, unknown>): string {
  for (const key of ["name", "preferred_username", "nickname", "given_name"]) {
    const value = claims[key];
    if (typeof value === "string" && value.trim()) return value.trim().slice(0, 100);
  }
  const email = claims.email;
  if (typeof email === "string" && email.includes("@")) return email.split("@")[0]?.slice(0, 100) ?? "";
  return String(claims.sub).slice(0, 24);
}

export function createOidc(settings: OidcSettings, secret: Buffer) {
  let configuration: Promise<client.Configuration> | undefined;
  const pending = createSignedCookie({
    name: PENDING_COOKIE,
    key: deriveKey(secret, "oidc-pending"),
    maxAgeSeconds: 600,
    schema: z.object({ verifier: z.string(), state: z.string(), nonce: z.string(), returnTo: z.string() }),
  });

  function configure(): Promise<client.Configuration> {
    const issuer = new URL(settings.issuer);
    // Plain HTTP only for an issuer on this machine (a test provider); anything else must be HTTPS.
    const loopback = ["localhost", "127.0.0.1", "[::1]"].includes(issuer.hostname);
    configuration ??= client
      .discovery(
        issuer,
        settings.clientId,
        undefined,
        settings.clientSecret ? client.ClientSecretBasic(settings.clientSecret) : client.None(),
        { execute: issuer.protocol === "http:" && loopback ? [client.allowInsecureRequests] : [], timeout: 10 },
      )
      .catch((error: unknown) => {
        configuration = undefined;
        throw error;
      });
    return configuration;
  }

  return {
    pending,

    /** Where to send the browser to sign in, and the cookie that remembers this attempt. */
    async start(args: { origin: string; returnTo: string; secure: boolean }): Promise<{ location: string; cookie: string }> {
      const config = await configure();
      const verifier = client.randomPKCECodeVerifier();
      const state = client.randomState();
      const nonce = client.randomNonce();
      const location = client.buildAuthorizationUrl(config, {
        redirect_uri: `${args.origin}${CALLBACK_PATH}`,
        scope: settings.scopes,
        code_challenge: await client.calculatePKCECodeChallenge(verifier),
        code_challenge_method: "S256",
        state,
        nonce,
      });
      return { location: location.href, cookie: pending.serialize({ verifier, state, nonce, returnTo: args.returnTo }, args.secure) };
    },

    /** Redeems the code the provider sent back; answers who signed in and where they were going. */
    async finish(args: { callbackUrl: URL; pending: { verifier: string; state: string; nonce: string } }) {
      const config = await configure();
      const tokens = await client.authorizationCodeGrant(config, args.callbackUrl, {
        pkceCodeVerifier: args.pending.verifier,
        expectedState: args.pending.state,
        expectedNonce: args.pending.nonce,
        idTokenExpected: true,
      });
      const claims = tokens.claims();
      if (!claims) throw new Error("the provider sent no ID token");
      return { issuer: claims.iss, subject: claims.sub, name: displayNameOf(claims) };
    },
  };
}

export type Oidc = ReturnType<typeof createOidc>;
