import { Prisma } from "../../generated/prisma/client";
import type { FieldModel, ObjectModel } from "../../shared/read/model";

/** How topics read in SQL (shared/read/model.ts): `topics t`. */
const raw = (sql: string) => Prisma.raw(sql);
const value = (column: string): FieldModel => ({ kind: "value", sql: (t) => raw(`${t}.${column}`) });

export const TOPIC: ObjectModel = {
  type: "Topic",
  from: (t) => raw(`topics ${t}`),
  fields: {
    id: { kind: "id", type: "Topic", sql: (t) => raw(`${t}.id`) },
    key: value("key"),
    label: value("label"),
    description: value("description"),
  },
};

/** Topics by key (as TopicService lists them). */
export const TOPIC_LIST: FieldModel = {
  kind: "connection",
  target: TOPIC,
  where: () => Prisma.sql`TRUE`,
  keys: () => [{ field: "key", direction: "asc", type: "text", sql: (t) => raw(`${t}.key`), value: () => null }],
};
