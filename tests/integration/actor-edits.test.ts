import { makeActor, makeArticle, makeClaim, makeTopic } from "../factories";
import type { TestDatabase } from "../support/database";
import { createTestDatabase } from "../support/database";
import type { TestApi, TestUser } from "../support/graphql";
import { createTestApi } from "../support/graphql";

const UPDATE = `mutation ($i: UpdateActorInput!) {
  updateActor(input: $i) { actor { name aliases version } errors { code field currentVersion } }
}`;
const CREATE = `mutation ($i: CreateActorInput!) { createActor(input: $i) { actor { id version } errors { code } } }`;
const HISTORY = `query ($id: ID!) { actor(id: $id) {
  version history { totalCount edges { node { kind version changes user { email } } } }
} }`;

/** Actors are edited as annotations are: versioned, with history, and guarded once published work names them. */
describe("actor edits", () => {
  let db: TestDatabase;
  let api: TestApi;
  let annotator: TestUser;
  let reviewer: TestUser;

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await createTestApi(db);
    [annotator, reviewer] = await Promise.all([api.user("ANNOTATOR"), api.user("REVIEWER")]);
  });
  afterAll(() => db.drop());

  describe("updateActor", () => {
    it("records creation and every edit in the actor's history, with who and the diff", async () => {
      const created = await annotator.api.ok(CREATE, {
        i: { name: "Eastern Brigade", kind: "ARMED_GROUP", aliases: ["EB"] },
      });
      const id = created.createActor.actor.id;
      expect(created.createActor.actor.version).toBe(1);
      const edited = await annotator.api.ok(UPDATE, {
        i: { id, expectedVersion: 1, aliases: ["EB", "The Brigade"], description: "Irregulars." },
      });
      expect(edited.updateActor).toEqual({
        actor: { name: "Eastern Brigade", aliases: ["EB", "The Brigade"], version: 2 },
        errors: [],
      });
      const { actor } = await annotator.api.ok(HISTORY, { id });
      expect(actor.history.edges.map((edge: any) => edge.node)).toEqual([
        {
          kind: "CREATED",
          version: 1,
          changes: {
            name: { from: null, to: "Eastern Brigade" },
            kind: { from: null, to: "ARMED_GROUP" },
            aliases: { from: null, to: ["EB"] },
          },
          user: { email: annotator.email },
        },
        {
          kind: "UPDATED",
          version: 2,
          changes: {
            aliases: { from: ["EB"], to: ["EB", "The Brigade"] },
            description: { from: null, to: "Irregulars." },
          },
          user: { email: annotator.email },
        },
      ]);
    });

    it("refuses an edit based on a stale version with CONFLICT and the current version", async () => {
      const actor = await makeActor(db.prisma, { name: "Versioned" });
      await annotator.api.ok(UPDATE, { i: { id: actor.gid, expectedVersion: 1, description: "First." } });
      const stale = await annotator.api.ok(UPDATE, { i: { id: actor.gid, expectedVersion: 1, description: "Lost." } });
      expect(stale.updateActor).toEqual({
        actor: null,
        errors: [{ code: "CONFLICT", field: ["input", "expectedVersion"], currentVersion: 2 }],
      });
    });

    it("lets exactly one of 40 concurrent alias edits on one version win; the rest get CONFLICT and nothing merges", async () => {
      const actor = await makeActor(db.prisma, { name: "Contested", aliases: ["Original"] });
      const results = await Promise.all(
        Array.from({ length: 40 }, (_, i) =>
          annotator.api.ok(UPDATE, { i: { id: actor.gid, expectedVersion: 1, aliases: [`Alias ${i}`] } }),
        ),
      );
      const winners = results.filter((result) => result.updateActor.errors.length === 0);
      const losers = results.filter((result) => result.updateActor.errors.length > 0);
      expect(winners).toHaveLength(1);
      expect(losers.map((result) => result.updateActor.errors[0].code)).toEqual(Array(39).fill("CONFLICT"));
      const aliases = await db.prisma.actorAlias.findMany({ where: { actorId: actor.id } });
      expect(aliases.map((row) => row.alias)).toEqual(winners[0]!.updateActor.actor.aliases);
      const events = await db.prisma.actorEvent.findMany({ where: { actorId: actor.id } });
      expect(events).toHaveLength(1);
    });

    it("needs a reviewer to rename an actor that published work names; an annotator may still edit other fields", async () => {
      const topic = await makeTopic(db.prisma);
      const named = await makeActor(db.prisma, { name: "Named In Print" });
      const article = await makeArticle(db.prisma);
      await makeClaim(db.prisma, article, { subjectId: named.id, topicId: topic.id, status: "PUBLISHED" });

      const refused = await annotator.api.ok(UPDATE, { i: { id: named.gid, expectedVersion: 1, name: "Renamed" } });
      expect(refused.updateActor.errors).toEqual([expect.objectContaining({ code: "FORBIDDEN" })]);
      const described = await annotator.api.ok(UPDATE, {
        i: { id: named.gid, expectedVersion: 1, description: "Still editable." },
      });
      expect(described.updateActor.errors).toEqual([]);
      const renamed = await reviewer.api.ok(UPDATE, { i: { id: named.gid, expectedVersion: 2, name: "Renamed" } });
      expect(renamed.updateActor.actor).toMatchObject({ name: "Renamed", version: 3 });
    });

    it("lets an annotator rename an actor that only unpublished work names", async () => {
      const topic = await makeTopic(db.prisma);
      const draftOnly = await makeActor(db.prisma, { name: "Draft Only" });
      const article = await makeArticle(db.prisma);
      await makeClaim(db.prisma, article, { subjectId: draftOnly.id, topicId: topic.id, status: "DRAFT" });
      const renamed = await annotator.api.ok(UPDATE, {
        i: { id: draftOnly.gid, expectedVersion: 1, name: "Draft Renamed" },
      });
      expect(renamed.updateActor.actor).toMatchObject({ name: "Draft Renamed", version: 2 });
    });
  });

  describe("Actor.history", () => {
    it("is null with UNAUTHENTICATED for readers, and the actor still resolves", async () => {
      const actor = await makeActor(db.prisma, { name: "Public Figure" });
      const result = await api.run(HISTORY, { id: actor.gid });
      expect(result.data).toEqual({ actor: { version: 1, history: null } });
      expect(result.errors?.map((error) => error.extensions?.code)).toEqual(["UNAUTHENTICATED"]);
    });
  });
});
