import { randomBytes } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Config } from "../../shared/config";

export const MIN_SECRET_LENGTH = 32;

/**
 * The HMAC key that signs session tokens. JWT_SECRET wins; in production it is required and a
 * missing one stops the server at start. In development a random key is generated once and
 * kept in <dataDir>/jwt-secret (git-ignored, readable by the owner only), so tokens survive
 * restarts without anyone committing a secret.
 */
export async function loadSigningSecret(config: Config): Promise<Uint8Array> {
  if (config.jwtSecret !== undefined) {
    if (config.jwtSecret.length < MIN_SECRET_LENGTH) {
      throw new Error(`JWT_SECRET must be at least ${MIN_SECRET_LENGTH} characters long.`);
    }
    return new TextEncoder().encode(config.jwtSecret);
  }
  if (config.production) {
    throw new Error(
      "JWT_SECRET is not set. In production the server needs a signing secret of at least " +
        `${MIN_SECRET_LENGTH} characters, e.g. JWT_SECRET=$(openssl rand -base64 48).`,
    );
  }
  const file = path.join(config.dataDir, "jwt-secret");
  try {
    return new TextEncoder().encode((await readFile(file, "utf8")).trim());
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  const secret = randomBytes(48).toString("base64url");
  await mkdir(config.dataDir, { recursive: true });
  await writeFile(file, secret + "\n", { mode: 0o600, flag: "wx" }).catch(async (error: NodeJS.ErrnoException) => {
    if (error.code !== "EEXIST") throw error; // another process created it first: use theirs
  });
  return new TextEncoder().encode((await readFile(file, "utf8")).trim());
}
