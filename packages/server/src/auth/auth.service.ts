import { createHash, createSecretKey, randomBytes, type KeyObject } from "node:crypto";
import jwt from "jsonwebtoken";
import { IsNull } from "typeorm";
import type { Database } from "../db/data-source";
import { AppError, badInput, notFound } from "../graphql/errors";
import { ApiKey } from "./api-key.entity";
import { generatePassword, hashPassword, verifyPassword } from "./passwords";
import type { Principal } from "./principal";
import { Role } from "./role";
import { User } from "./user.entity";

const TOKEN_TTL_SECONDS = 12 * 60 * 60;
const API_KEY_PREFIX = "pck_";

interface TokenClaims {
  sub: string;
  email: string;
  role: Role;
}

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

export class AuthService {
  /** The secret as a key object: given a string, jsonwebtoken derives a key on every call (~0.4 ms). */
  private readonly jwtKey: KeyObject;

  constructor(
    private readonly db: Database,
    jwtSecret: string,
  ) {
    this.jwtKey = createSecretKey(Buffer.from(jwtSecret, "utf8"));
  }

  async login(email: string, password: string): Promise<{ token: string; user: User }> {
    const user = await this.db.dataSource
      .getRepository(User)
      .findOneBy({ email: email.trim().toLowerCase(), active: true });
    // Verify against a dummy hash when the user is unknown so timing does not reveal accounts.
    const ok = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
    if (!user || !ok) throw new AppError("UNAUTHENTICATED", "Correo o contraseña incorrectos.");
    return { token: this.issueToken(user), user };
  }

  issueToken(user: User): string {
    const claims: TokenClaims = { sub: String(user.id), email: user.email, role: user.role };
    return jwt.sign(claims, this.jwtKey, { algorithm: "HS256", expiresIn: TOKEN_TTL_SECONDS });
  }

  /** Reads `Authorization: Bearer <token or API key>`; null when absent; throws when invalid. */
  async authenticate(authorization: string | undefined): Promise<Principal | null> {
    if (!authorization) return null;
    const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    if (!match) throw new AppError("UNAUTHENTICATED", "Encabezado Authorization no válido.");
    const credential = match[1];
    return credential.startsWith(API_KEY_PREFIX) ? this.fromApiKey(credential) : this.fromToken(credential);
  }

  private fromToken(token: string): Principal {
    try {
      const claims = jwt.verify(token, this.jwtKey, { algorithms: ["HS256"] }) as TokenClaims;
      if (!Object.values(Role).includes(claims.role)) throw new Error("unknown role");
      return { kind: "user", id: Number(claims.sub), name: claims.email, role: claims.role };
    } catch (err) {
      const expired = err instanceof jwt.TokenExpiredError;
      throw new AppError(
        "UNAUTHENTICATED",
        expired ? "Tu sesión expiró; vuelve a iniciar sesión." : "Token no válido.",
      );
    }
  }

  private async fromApiKey(key: string): Promise<Principal> {
    const repo = this.db.dataSource.getRepository(ApiKey);
    const row = await repo.findOneBy({ keyHash: sha256(key), revokedAt: IsNull() });
    if (!row) throw new AppError("UNAUTHENTICATED", "Llave de API no válida o revocada.");
    // Last-used time is informative: write it at most once a minute, not on every request.
    const now = new Date();
    if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > 60_000) {
      void repo.update(row.id, { lastUsedAt: now }).catch(() => undefined);
    }
    return { kind: "apiKey", id: row.id, name: `llave:${row.name}`, role: row.role };
  }

  async createUser(email: string, password: string, role: Role): Promise<User> {
    const normalized = email.trim().toLowerCase();
    if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(normalized)) throw badInput("Correo no válido.", "email");
    if (password.length < 8) throw badInput("La contraseña debe tener al menos 8 caracteres.", "password");
    const repo = this.db.dataSource.getRepository(User);
    if (await repo.existsBy({ email: normalized })) throw badInput("Ya existe un usuario con ese correo.", "email");
    return repo.save(
      repo.create({ email: normalized, passwordHash: await hashPassword(password), role, active: true, createdAt: new Date() }),
    );
  }

  listUsers(): Promise<User[]> {
    return this.db.dataSource.getRepository(User).find({ order: { email: "ASC" } });
  }

  /** Changes a user's role or access; the last active admin cannot lose either. */
  async updateUser(id: number, changes: { role?: Role | null; active?: boolean | null }): Promise<User> {
    const repo = this.db.dataSource.getRepository(User);
    const user = await repo.findOneBy({ id });
    if (!user) throw notFound("El usuario");
    const role = changes.role ?? user.role;
    const active = changes.active ?? user.active;
    const losesAdmin = user.role === Role.ADMIN && user.active && (role !== Role.ADMIN || !active);
    if (losesAdmin && (await repo.countBy({ role: Role.ADMIN, active: true })) <= 1) {
      throw badInput("Debe quedar al menos un administrador activo.", "role");
    }
    user.role = role;
    user.active = active;
    return repo.save(user);
  }

  /** The key is returned once and only its hash is kept. */
  async createApiKey(name: string, role: Role, createdBy: Principal): Promise<{ key: string; apiKey: ApiKey }> {
    if (!name.trim()) throw badInput("La llave necesita un nombre.", "name");
    const key = API_KEY_PREFIX + randomBytes(24).toString("base64url");
    const repo = this.db.dataSource.getRepository(ApiKey);
    const apiKey = await repo.save(
      repo.create({
        name: name.trim(),
        prefix: key.slice(0, 10),
        keyHash: sha256(key),
        role,
        createdByUserId: createdBy.kind === "user" ? createdBy.id : null,
        createdAt: new Date(),
        lastUsedAt: null,
        revokedAt: null,
      }),
    );
    return { key, apiKey };
  }

  async revokeApiKey(id: number): Promise<ApiKey> {
    const repo = this.db.dataSource.getRepository(ApiKey);
    const row = await repo.findOneBy({ id });
    if (!row) throw notFound("La llave");
    if (!row.revokedAt) {
      row.revokedAt = new Date();
      await repo.save(row);
    }
    return row;
  }

  listApiKeys(): Promise<ApiKey[]> {
    return this.db.dataSource.getRepository(ApiKey).find({ order: { createdAt: "DESC" } });
  }

  /**
   * The first admin: from ADMIN_EMAIL / ADMIN_PASSWORD, or generated with its password returned
   * so the caller can print it once. Nothing happens when users already exist.
   */
  async ensureFirstAdmin(admin?: { email: string; password?: string }): Promise<{ email: string; password?: string } | null> {
    if ((await this.db.dataSource.getRepository(User).count()) > 0) return null;
    const email = admin?.email ?? "admin@pedidos.local";
    const password = admin?.password ?? generatePassword();
    await this.createUser(email, password, Role.ADMIN);
    return { email, password: admin?.password ? undefined : password };
  }
}

const DUMMY_HASH =
  "scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";
