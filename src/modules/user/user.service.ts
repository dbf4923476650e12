import type { webcrypto } from "node:crypto";
import type { User } from "../../generated/prisma/client";
import { Prisma } from "../../generated/prisma/client";
import type { Role } from "../../generated/prisma/enums";
import type { Viewer } from "../../shared/access/viewer";
import { editorOf, requireAdmin } from "../../shared/access/access.policy";
import type { PrismaClient } from "../../shared/database/prisma";
import { queryPrepared } from "../../shared/database/prisma";
import { DomainError, ErrorCode } from "../../shared/errors";
import type { PageArgs } from "../../shared/pagination";
import { paginate } from "../../shared/pagination";
import { decoyHash, hashPassword, verifyPassword } from "./password";
import type { LoginThrottle } from "./login.throttle";
import { importSigningKey, signSessionToken, VerifiedTokens } from "./session.token";

export interface NewAccount {
  email: string;
  displayName: string;
  role: Role;
  password: string;
}

export class UserService {
  private readonly key: Promise<webcrypto.CryptoKey>;
  private readonly tokens: VerifiedTokens;

  constructor(
    private readonly prisma: PrismaClient,
    secret: Uint8Array,
    private readonly tokenTtlSeconds: number,
    private readonly throttle: LoginThrottle,
    /** The clock sessions are checked against (tests move it to expire tokens). */
    private readonly now: () => Date = () => new Date(),
  ) {
    this.key = importSigningKey(secret);
    this.tokens = new VerifiedTokens(this.key);
  }

  /**
   * Checks credentials and issues a session token. Unknown e-mail, wrong password and a
   * disabled account all give the same INVALID_CREDENTIALS, in about the same time. Repeated
   * failures for an account or from an address are throttled (login.throttle.ts): RATE_LIMITED
   * with the seconds to wait, before any password is checked.
   */
  async login(input: { email: string; password: string }, clientAddress: string | null = null) {
    const email = input.email.trim().toLowerCase();
    await this.throttle.reserve(email, clientAddress);
    const user = await this.prisma.user.findUnique({ where: { email } });
    const matches = await verifyPassword(input.password, user?.passwordHash ?? (await decoyHash()));
    if (!user || !user.passwordHash || !matches || user.disabledAt) {
      throw new DomainError(ErrorCode.INVALID_CREDENTIALS, "E-mail or password is wrong.", { field: ["input"] });
    }
    await this.throttle.succeeded(email, clientAddress);
    return { user, token: await signSessionToken(user.id, await this.key, this.tokenTtlSeconds) };
  }

  /**
   * The viewer a bearer token stands for, read from the database on every request so that a
   * disabled account or a new role takes effect at once. Null: the token is not valid now.
   */
  async viewerFromToken(token: string): Promise<Viewer | null> {
    const session = await this.tokens.verify(token, this.now());
    if (!session) return null;
    // Every signed-in request makes this read: a prepared statement of the columns it needs.
    const [user] = await queryPrepared<SessionUser>(
      this.prisma,
      Prisma.sql`SELECT id::text, role::text, email, disabled_at AS "disabledAt",
                        sessions_valid_from AS "sessionsValidFrom"
                   FROM users WHERE id = ${session.userId}::uuid`,
    );
    if (!user || user.disabledAt) return null;
    // Disabling an account or changing its password ends the sessions issued before.
    if (session.issuedAtMs < user.sessionsValidFrom.getTime()) return null;
    return { kind: "user", id: user.id, role: user.role, email: user.email };
  }

  /** The signed-in user's own account; null for a reader. */
  async me(viewer: Viewer) {
    const editor = editorOf(viewer);
    return editor ? this.prisma.user.findUnique({ where: { id: editor.id } }) : null;
  }

  list(args: PageArgs) {
    return paginate({
      args,
      keys: [{ field: "email", direction: "asc", type: "text", value: (row: User) => row.email }],
      fetch: (page) =>
        this.prisma.user.findMany({
          where: page.where as Prisma.UserWhereInput,
          orderBy: page.orderBy as Prisma.UserOrderByWithRelationInput[],
          take: page.take,
        }),
      count: () => this.prisma.user.count(),
    });
  }

  async create(viewer: Viewer, input: NewAccount) {
    requireAdmin(viewer, "manage users");
    return this.createAccount(input);
  }

  /**
   * Pseudonymises an account (the right to erasure, as far as an audit trail allows): the account
   * is disabled, its sessions end, and its name, e-mail and password are erased. The row stays,
   * because history is append-only and names who did what: events and comments keep pointing at
   * it, and show the erased name from now on.
   */
  async erase(viewer: Viewer, id: string) {
    requireAdmin(viewer, "erase accounts");
    if (id === viewer.id) {
      throw new DomainError(ErrorCode.FORBIDDEN, "Admins cannot erase their own account.", { field: ["input", "id"] });
    }
    const current = await this.prisma.user.findUnique({ where: { id } });
    if (!current) throw new DomainError(ErrorCode.NOT_FOUND, "No such user.", { field: ["input", "id"] });
    if (current.erasedAt) return current;
    const now = new Date();
    return this.prisma.user.update({
      where: { id },
      data: {
        email: `erased-${id}@erased.invalid`,
        displayName: "Erased user",
        passwordHash: null,
        disabledAt: current.disabledAt ?? now,
        sessionsValidFrom: now,
        erasedAt: now,
      },
    });
  }

  /**
   * Creates an account without asking who wants it: for operators with access to the database
   * (npm run user:create bootstraps the first admin). The API reaches it only through create().
   */
  async createAccount(input: NewAccount) {
    return this.prisma.user.create({
      data: {
        email: input.email.trim().toLowerCase(),
        displayName: input.displayName.trim(),
        role: input.role,
        passwordHash: await hashPassword(input.password),
      },
    });
  }

  async update(
    viewer: Viewer,
    input: {
      id: string;
      role?: Role | null;
      disabled?: boolean | null;
      displayName?: string | null;
      password?: string | null;
    },
  ) {
    requireAdmin(viewer, "manage users");
    const current = await this.prisma.user.findUnique({ where: { id: input.id } });
    if (!current) throw new DomainError(ErrorCode.NOT_FOUND, "No such user.", { field: ["input", "id"] });
    if (current.erasedAt) {
      // Re-enabling or giving a password to an erased account would bring back a login nobody owns.
      throw new DomainError(ErrorCode.FORBIDDEN, "An erased account cannot be changed.", { field: ["input", "id"] });
    }
    if (current.id === viewer.id && (input.disabled === true || (input.role && input.role !== "ADMIN"))) {
      throw new DomainError(ErrorCode.FORBIDDEN, "Admins cannot disable or demote themselves.", {
        field: ["input", "id"],
      });
    }
    return this.prisma.user.update({
      where: { id: current.id },
      data: {
        role: input.role ?? undefined,
        displayName: input.displayName?.trim() || undefined,
        passwordHash: input.password ? await hashPassword(input.password) : undefined,
        disabledAt: input.disabled == null ? undefined : input.disabled ? (current.disabledAt ?? new Date()) : null,
        sessionsValidFrom: input.disabled === true || input.password ? new Date() : undefined,
      },
    });
  }
}

type SessionUser = Pick<User, "id" | "role" | "email" | "disabledAt" | "sessionsValidFrom">;
