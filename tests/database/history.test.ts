import { makeArticle, makeQuote } from "../factories";
import type { TestDatabase } from "../support/database";
import { createTestDatabase } from "../support/database";

describe("annotation history", () => {
  let db: TestDatabase;
  let eventId: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    const article = await makeArticle(db.prisma);
    const quote = await makeQuote(db.prisma, article, { status: "DRAFT" });
    const event = await db.prisma.annotationEvent.create({
      data: { annotationId: quote.id, kind: "CREATED", toStatus: "DRAFT", version: 1 },
    });
    eventId = event.id;
  });
  afterAll(() => db.drop());

  describe("the annotation_events table", () => {
    it("accepts new events", async () => {
      expect(await db.prisma.annotationEvent.count()).toBe(1);
    });

    it.each([
      ["UPDATE", `UPDATE "annotation_events" SET "comment" = 'rewritten' WHERE "id" = $1::uuid`],
      ["DELETE", `DELETE FROM "annotation_events" WHERE "id" = $1::uuid`],
    ])("refuses %s at the database, whoever asks", async (operation, sql) => {
      await expect(db.prisma.$executeRawUnsafe(sql, eventId)).rejects.toThrow(
        new RegExp(`append-only: ${operation} is not allowed`),
      );
      const event = await db.prisma.annotationEvent.findUniqueOrThrow({ where: { id: eventId } });
      expect(event.comment).toBeNull();
    });

    it("refuses TRUNCATE", async () => {
      await expect(db.prisma.$executeRawUnsafe('TRUNCATE "annotation_events" CASCADE')).rejects.toThrow(
        /append-only: TRUNCATE is not allowed/,
      );
      expect(await db.prisma.annotationEvent.count()).toBe(1);
    });
  });
});
