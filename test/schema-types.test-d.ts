import { describe, expectTypeOf, it } from "vitest";
import type { z } from "zod";
import type { ActorInput, DeclarationInput, InitiativeInput, MeetingInput, PlaceInput, ProcessInput, SourceInput, TombstoneInput, TopicInput } from "../src/model/input.js";
import type { schemas, tombstoneSchema } from "../src/schema.js";

/** The public types are readonly all the way down; zod infers mutable types. */
type DeepReadonly<T> = T extends readonly (infer U)[] ? readonly DeepReadonly<U>[] : T extends object ? { readonly [K in keyof T]: DeepReadonly<T[K]> } : T;
type Inferred<K extends keyof typeof schemas> = DeepReadonly<z.infer<(typeof schemas)[K]>>;

describe("zod schemas and the declared record types are the same shape", () => {
  it("meeting", () => expectTypeOf<Inferred<"meeting">>().toEqualTypeOf<DeepReadonly<MeetingInput>>());
  it("declaration", () => expectTypeOf<Inferred<"declaration">>().toEqualTypeOf<DeepReadonly<DeclarationInput>>());
  it("initiative", () => expectTypeOf<Inferred<"initiative">>().toEqualTypeOf<DeepReadonly<InitiativeInput>>());
  it("actor", () => expectTypeOf<Inferred<"actor">>().toEqualTypeOf<DeepReadonly<ActorInput>>());
  it("place", () => expectTypeOf<Inferred<"place">>().toEqualTypeOf<DeepReadonly<PlaceInput>>());
  it("source", () => expectTypeOf<Inferred<"source">>().toEqualTypeOf<DeepReadonly<SourceInput>>());
  it("process", () => expectTypeOf<Inferred<"process">>().toEqualTypeOf<DeepReadonly<ProcessInput>>());
  it("topic", () => expectTypeOf<Inferred<"topic">>().toEqualTypeOf<DeepReadonly<TopicInput>>());
  it("tombstone", () => expectTypeOf<DeepReadonly<z.infer<typeof tombstoneSchema>>>().toEqualTypeOf<DeepReadonly<TombstoneInput>>());
});
