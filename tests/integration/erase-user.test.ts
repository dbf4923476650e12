import { makeArticle, makeQuote } from "../factories";
import type { TestDatabase } from "../support/database";
import { createTestDatabase } from "../support/database";
import type { TestApi } from "../support/graphql";
import { createTestApi } from "../support/graphql";

const ERASE = `mutation ($i: EraseUserInput!) {
  eraseUser(input: $i) { user { email displayName disabledAt erasedAt } errors { code } }
}`;

describe("eraseUser", () => {
  let db: TestDatabase;
  let api: TestApi;

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await createTestApi(db);
  });
  afterAll(() => db.drop());

  it("pseudonymises an account with history: name, e-mail and password go, history stays and stays append-only", async () => {
    const admin = await api.user("ADMIN");
    const editor = await api.user("ANNOTATOR");
    const article = await makeArticle(db.prisma);
    const quote = await makeQuote(db.prisma, article, { status: "DRAFT" });
    await editor.api.ok(`mutation ($i: AddCommentInput!) { addComment(input: $i) { errors { code } } }`, {
      i: { annotationId: quote.gid, body: "My comment" },
    });

    const erased = await admin.api.ok(ERASE, { i: { id: editor.gid } });
    expect(erased.eraseUser.errors).toEqual([]);
    expect(erased.eraseUser.user).toMatchObject({ displayName: "Erased user", disabledAt: expect.any(String) });
    expect(erased.eraseUser.user.email).toMatch(/^erased-.*@erased\.invalid$/);

    const row = await db.prisma.user.findUniqueOrThrow({ where: { id: editor.id } });
    expect(row).toMatchObject({ passwordHash: null, erasedAt: expect.any(Date) });
    const history = await admin.api.ok(
      `query ($id: ID!) { node(id: $id) { ... on Quote { history { edges { node { kind comment user { displayName } } } } } } }`,
      { id: quote.gid },
    );
    expect(history.node.history.edges.map((edge: any) => edge.node)).toEqual([
      { kind: "COMMENTED", comment: "My comment", user: { displayName: "Erased user" } },
    ]);
    // The erased account's sessions have ended.
    const me = await editor.api.run("{ me { email } }");
    expect(me.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("leaves an account that cannot be enabled again or given a password", async () => {
    const admin = await api.user("ADMIN");
    const editor = await api.user("ANNOTATOR");
    await admin.api.ok(ERASE, { i: { id: editor.gid } });
    const UPDATE = `mutation ($i: UpdateUserInput!) { updateUser(input: $i) { errors { code message } } }`;
    for (const change of [{ disabled: false }, { password: "a brand new password" }, { displayName: "Back again" }]) {
      const result = await admin.api.ok(UPDATE, { i: { id: editor.gid, ...change } });
      expect(result.updateUser.errors).toEqual([
        { code: "FORBIDDEN", message: "An erased account cannot be changed." },
      ]);
    }
    const row = await db.prisma.user.findUniqueOrThrow({ where: { id: editor.id } });
    expect(row).toMatchObject({ passwordHash: null, disabledAt: expect.any(Date), displayName: "Erased user" });
  });

  it("is refused for one's own account and for non-admins", async () => {
    const admin = await api.user("ADMIN");
    const own = await admin.api.ok(ERASE, { i: { id: admin.gid } });
    expect(own.eraseUser.errors).toEqual([{ code: "FORBIDDEN" }]);
    const reviewer = await api.user("REVIEWER");
    const result = await reviewer.api.run(ERASE, { i: { id: admin.gid } });
    expect(result.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});
