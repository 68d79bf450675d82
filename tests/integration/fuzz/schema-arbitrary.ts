import fc from "fast-check";

/** The part of JSON Schema (as zod-to-openapi writes it) the fuzzer reads. */
export interface JsonSchema {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
}

/** Strings that broke servers before: NUL, lone surrogates, dates Postgres cannot hold, bad escapes, huge runs. */
export const HOSTILE_STRINGS = [
  "", " ", "\u0000", "a\u0000b", "\ud800", "x\udfffy", "\ufeff", "%ED%A0%80", "%", "%00", "..%2F..%2Fetc%2Fpasswd",
  "'; DROP TABLE \"Article\";--", "<script>alert(1)</script>", "javascript:alert(1)", "data:text/html,<b>x</b>",
  "0000-01-01T00:00:00Z", "-000001-01-01T00:00:00Z", "+275760-09-13T00:00:00Z", "+010000-01-01T00:00:00Z", "2026-02-30T25:61:61Z",
  "9".repeat(40), "1e309", "NaN", "null", "{}", "[]", "\u202e\u2066", "😀".repeat(50), "a".repeat(70_000),
];

/** Numbers past what Postgres's int4, int8 and timestamps hold, and the odd ones JSON allows. */
export const HOSTILE_NUMBERS = [0, -1, 2 ** 31, 2 ** 31 - 1, -(2 ** 31) - 1, 2 ** 53, Number.MAX_SAFE_INTEGER + 2, 1e308, -1e308, 0.5, -0];

const hostileString = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 80 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
);

/** Any JSON value at all, hostile strings and numbers included. */
export const anyJson: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    hostileString,
    fc.constantFrom(...HOSTILE_NUMBERS),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(fc.string({ maxLength: 8 }), tie("value"), { maxKeys: 4 }),
  ),
})).value;

/**
 * Values for a JSON schema: mostly values of the declared shape (so requests
 * get past the first check and reach the operation) with hostile strings,
 * numbers and dates inside, sometimes missing or wrong-typed fields, sometimes
 * anything at all.
 */
export function arbitraryFor(schema: JsonSchema, components: Record<string, JsonSchema>, depth = 0): fc.Arbitrary<unknown> {
  if (schema.$ref) return arbitraryFor(components[schema.$ref.split("/").pop()!], components, depth);
  const wellTyped = shaped(schema, components, depth);
  return fc.oneof({ weight: 8, arbitrary: wellTyped }, { weight: 1, arbitrary: anyJson });
}

function shaped(schema: JsonSchema, components: Record<string, JsonSchema>, depth: number): fc.Arbitrary<unknown> {
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants?.length) return fc.oneof(...variants.map((v) => arbitraryFor(v, components, depth + 1)));
  if (schema.allOf?.length) return arbitraryFor(schema.allOf[0], components, depth + 1);
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...schema.enum) }, { weight: 1, arbitrary: hostileString });
  const types = Array.isArray(schema.type) ? schema.type : [schema.type ?? "object"];
  return fc.oneof(...types.map((type) => byType(type, schema, components, depth)));
}

function byType(type: string, schema: JsonSchema, components: Record<string, JsonSchema>, depth: number): fc.Arbitrary<unknown> {
  switch (type) {
    case "null":
      return fc.constant(null);
    case "boolean":
      return fc.boolean();
    case "integer":
    case "number":
      return fc.oneof(
        fc.integer({ min: schema.minimum ?? 0, max: Math.min(schema.maximum ?? 1000, 1000) }),
        fc.constantFrom(...HOSTILE_NUMBERS),
      );
    case "string":
      if (schema.format === "date-time") {
        return fc.oneof(fc.date({ min: new Date("1900-01-01"), max: new Date("2100-01-01"), noInvalidDate: true }).map((d) => d.toISOString()), hostileString);
      }
      if (schema.format === "uri") return fc.oneof(fc.webUrl(), hostileString);
      return fc.oneof({ weight: 2, arbitrary: fc.string({ minLength: schema.minLength ?? 0, maxLength: Math.min(schema.maxLength ?? 60, 60) }) }, { weight: 2, arbitrary: hostileString });
    case "array":
      return depth > 3 ? fc.constant([]) : fc.array(arbitraryFor(schema.items ?? {}, components, depth + 1), { maxLength: 3 });
    default: {
      if (depth > 4 || !schema.properties) return fc.dictionary(fc.string({ maxLength: 6 }), anyJson, { maxKeys: 2 });
      const required = new Set(schema.required ?? []);
      const fields = Object.fromEntries(Object.entries(schema.properties).map(([key, value]) => [key, arbitraryFor(value, components, depth + 1)]));
      const whole = fc.record(fields, { requiredKeys: [...required] });
      // Now and then a required field is missing: the boundary must say which, not fail.
      const missingOne = whole.chain((value) =>
        fc.constantFrom(...Object.keys(value), "").map((dropped) => {
          const copy: Record<string, unknown> = { ...value };
          delete copy[dropped];
          return copy;
        }),
      );
      return fc.oneof({ weight: 5, arbitrary: whole }, { weight: 1, arbitrary: missingOne });
    }
  }
}
