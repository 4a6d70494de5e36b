import { randomBytes } from "node:crypto";
import { T1_REFRESH_TTL_SECONDS, T1_TOKEN_TTL_SECONDS } from "../marketplace-guesses";

interface Grant {
  username: string;
  expiresAt: number;
}

export interface TokenAnswer {
  access_token: string;
  refresh_token: string;
  expires_in: number;
  refresh_expires_in: number;
  token_type: "Bearer";
  "not-before-policy": number;
  scope: string;
}

function base64url(value: string | Buffer): string {
  return Buffer.from(value).toString("base64url");
}

/** Opaque-to-clients bearer tokens, JWT-shaped like Keycloak's, expiring on the sandbox clock. */
export class TokenStore {
  private access = new Map<string, Grant>();
  private refresh = new Map<string, Grant>();

  constructor(private readonly nowMs: () => number) {}

  issue(username: string): TokenAnswer {
    const now = this.nowMs();
    const accessToken = this.jwt(username, now, T1_TOKEN_TTL_SECONDS, "Bearer");
    const refreshToken = this.jwt(username, now, T1_REFRESH_TTL_SECONDS, "Refresh");
    this.access.set(accessToken, { username, expiresAt: now + T1_TOKEN_TTL_SECONDS * 1000 });
    this.refresh.set(refreshToken, { username, expiresAt: now + T1_REFRESH_TTL_SECONDS * 1000 });
    return {
      access_token: accessToken,
      refresh_token: refreshToken,
      expires_in: T1_TOKEN_TTL_SECONDS,
      refresh_expires_in: T1_REFRESH_TTL_SECONDS,
      token_type: "Bearer",
      "not-before-policy": 0,
      scope: "profile email",
    };
  }

  /** The user a valid access token belongs to, or null when unknown or expired. */
  userOf(accessToken: string): string | null {
    const grant = this.access.get(accessToken);
    if (!grant) return null;
    if (this.nowMs() >= grant.expiresAt) {
      this.access.delete(accessToken);
      return null;
    }
    return grant.username;
  }

  /** Trades a live refresh token for new tokens; each refresh token works once. */
  refreshFor(refreshToken: string): TokenAnswer | null {
    const grant = this.refresh.get(refreshToken);
    this.refresh.delete(refreshToken);
    if (!grant || this.nowMs() >= grant.expiresAt) return null;
    return this.issue(grant.username);
  }

  private jwt(username: string, nowMs: number, ttlSeconds: number, typ: string): string {
    const iat = Math.floor(nowMs / 1000);
    const header = base64url(JSON.stringify({ alg: "HS256", typ: "JWT" }));
    const payload = base64url(
      JSON.stringify({
        exp: iat + ttlSeconds, iat, jti: randomBytes(8).toString("hex"), typ,
        azp: "integradores", preferred_username: username,
        iss: "/auth/realms/plataforma-claro",
      }),
    );
    return `${header}.${payload}.${base64url(randomBytes(32))}`;
  }
}
