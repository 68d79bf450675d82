import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import Ajv from "ajv-draft-04";
import addFormats from "ajv-formats";

const ROOT = path.resolve(import.meta.dirname, "../fixtures/web-annotation-tests");
const read = (file: string) => JSON.parse(readFileSync(path.join(ROOT, file), "utf8"));

/** One failed W3C assertion: its file, and the W3C's own error message. */
export interface AssertionFailure {
  assertion: string;
  message: string;
}

/**
 * Validates documents with the W3C Web Annotation WG's own schemas: every
 * assertion listed by a `*Musts.test` file, compiled with ajv for JSON Schema
 * draft-04, must give its expected result.
 */
export function createW3CValidator() {
  const ajv = new Ajv({ strict: false, allErrors: false, validateSchema: false });
  addFormats(ajv);
  for (const file of readdirSync(path.join(ROOT, "definitions"))) ajv.addSchema(read(`definitions/${file}`));
  const suite = (list: string) => {
    const { assertions } = read(list) as { assertions: string[] };
    return assertions.map((file) => {
      const schema = read(file);
      return { file, expected: schema.expectedResult !== "invalid", message: schema.errorMessage as string, validate: ajv.compile(schema) };
    });
  };
  const suites = {
    annotation: suite("annotations/annotationMusts.test"),
    collection: suite("collections/collectionMusts.test"),
    page: suite("collections/pages/pageMusts.test"),
  };
  const run = (kind: keyof typeof suites, document: unknown): AssertionFailure[] =>
    suites[kind].filter((a) => a.validate(document) !== a.expected).map((a) => ({ assertion: a.file, message: a.message }));
  return {
    /** How many assertions each suite runs. */
    counts: { annotation: suites.annotation.length, collection: suites.collection.length, page: suites.page.length },
    annotation: (document: unknown) => run("annotation", document),
    collection: (document: unknown) => run("collection", document),
    page: (document: unknown) => run("page", document),
  };
}
