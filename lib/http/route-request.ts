import { z, type ZodObject, type ZodType } from "zod";
import type { BodySpec, RouteSpec } from "@/lib/http/route-spec";

/** The JSON-body shorthand (`body: schema`) as a BodySpec. */
export function bodySpec(body: ZodType | BodySpec | undefined): BodySpec | undefined {
  return body instanceof z.ZodType ? { json: body } : body;
}

/** The names of the `{name}` segments of an OpenAPI path. */
export function pathParamNames(path: string): string[] {
  return [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
}

/** The route's path parameters: its `params` schema, which must name each `{name}` of the path, or each as a string. */
export function routeParams(spec: RouteSpec): ZodObject {
  const names = pathParamNames(spec.path);
  if (!spec.params) return z.object(Object.fromEntries(names.map((name) => [name, z.string()])));
  const declared = Object.keys(spec.params.shape).sort().join(", ");
  if (declared !== [...names].sort().join(", ")) {
    throw new Error(`${spec.method} ${spec.path}: params declare [${declared}], the path has [${names.join(", ")}].`);
  }
  return spec.params;
}

/** The media types a route's body may be sent as (JSON when it declares no body: a client may still label an empty one). */
export function acceptedMediaTypes(body: BodySpec | undefined): string[] {
  if (!body) return ["application/json"];
  const types = [...(body.json ? ["application/json"] : []), ...(body.multipart ? ["multipart/form-data"] : []), ...Object.keys(body.raw ?? {})];
  return types.map((type) => type.toLowerCase());
}
