import { readFileSync } from "node:fs";
import path from "node:path";
import jsonld from "jsonld";

const CONTEXT_FILE = path.resolve(import.meta.dirname, "../fixtures/schema-org/schemaorgcontext.jsonld");
const context = JSON.parse(readFileSync(CONTEXT_FILE, "utf8")) as { "@context": Record<string, unknown> };
const SCHEMA = "http://schema.org/";

/** Every IRI the schema.org context defines a term for (types and properties), so misspellings stand out. */
const definedIris = new Set(
  Object.entries(context["@context"]).flatMap(([term, value]) => {
    if (term.startsWith("@")) return [];
    const id = typeof value === "string" ? value : (value as { "@id"?: string })["@id"];
    return id?.startsWith("schema:") ? [SCHEMA + id.slice("schema:".length)] : [];
  }),
);

/** Serves the bundled schema.org context and refuses every other URL: the test never touches the network. */
const documentLoader = async (url: string) => {
  if (/^https?:\/\/schema\.org\/?(docs\/jsonldcontext\.json(ld)?)?$/.test(url)) {
    return { contextUrl: undefined, documentUrl: url, document: context };
  }
  throw new Error(`No network in tests: refused to load ${url}`);
};

/**
 * Expands JSON-LD against the bundled schema.org context and returns the
 * properties and types it uses that schema.org does not define (the context's
 * @vocab would otherwise turn a misspelling into a made-up schema.org IRI).
 */
export async function unknownSchemaOrgTerms(document: unknown): Promise<string[]> {
  const expanded = await jsonld.expand(document as jsonld.JsonLdDocument, { documentLoader: documentLoader as never });
  const unknown = new Set<string>();
  const walk = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== "object") return;
    for (const [key, value] of Object.entries(node)) {
      if (key === "@type") for (const t of [value].flat() as string[]) if (t.startsWith(SCHEMA) && !definedIris.has(t)) unknown.add(t);
      if (!key.startsWith("@") && !definedIris.has(key)) unknown.add(key);
      walk(value);
    }
  };
  walk(expanded);
  if (expanded.length === 0) unknown.add("(nothing expanded)");
  return [...unknown];
}
