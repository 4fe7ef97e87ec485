import { isInterfaceType } from "graphql";
import { expect, it } from "vitest";
import { schema } from "../schema/index.ts";
import { decodeNodeId, NODE_TYPES } from "./ids.ts";

it("knows exactly the schema's Node types, so every node id decodes and no other does", () => {
  const node = schema.getType("Node");
  if (!isInterfaceType(node)) throw new Error("the schema has no Node interface");
  const implementations = schema.getImplementations(node).objects.map((t) => t.name);
  expect([...NODE_TYPES].sort()).toEqual(implementations.sort());
  const id = Buffer.from("Statement:00000000-0000-0000-0000-000000000000").toString("base64");
  expect(decodeNodeId(id).typename).toBe("Statement");
  expect(() => decodeNodeId(Buffer.from("Nope:1").toString("base64"))).toThrow(/not an id/);
});
