/**
 * A real OpenID Connect provider for the end-to-end tests (the oidc-provider
 * package, certified), on a port of its own: its development login page takes
 * any user name, and each name is an account. The app signs in against it
 * exactly as against Keycloak or Entra ID.
 */
import Provider from "oidc-provider";

const port = Number(process.env.OIDC_PORT ?? 3101);
const appOrigins = (process.env.APP_ORIGINS ?? "http://127.0.0.1:3100").split(",");
/** Display names for the logins the specs use; any other login is its own name. */
const NAMES: Record<string, string> = { anna: "Anna Amtsleiterin", ben: "Ben Behördenberater" };

const provider = new Provider(`http://127.0.0.1:${port}`, {
  clients: [
    {
      client_id: "barometer",
      client_secret: "barometer-e2e-client-secret",
      redirect_uris: appOrigins.map((origin) => `${origin}/auth/callback`),
      grant_types: ["authorization_code"],
      response_types: ["code"],
    },
  ],
  pkce: { required: () => true },
  claims: { openid: ["sub"], profile: ["name", "preferred_username"] },
  // The name in the ID token itself, as most providers send it.
  conformIdTokenClaims: false,
  features: { devInteractions: { enabled: true } },
  cookies: { keys: ["barometer-e2e-provider-cookie-key"] },
  async findAccount(_context, id) {
    return { accountId: id, claims: async () => ({ sub: id, name: NAMES[id] ?? id, preferred_username: id }) };
  },
});

provider.listen(port, () => console.log(`OIDC provider on http://127.0.0.1:${port}`));
