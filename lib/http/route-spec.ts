import type { z, ZodObject, ZodType } from "zod";
import type { Actor } from "@/lib/domain/roles";

export type HttpMethod = "get" | "post" | "put" | "patch" | "delete";

/** The error statuses a route may declare; 401 is added to every route that needs a sign-in. */
export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 412 | 413 | 415 | 422 | 428 | 429 | 503;

/**
 * A response a route answers with. JSON: give `schema`; the handler returns
 * data of that shape. Anything else (CSV, HTML, PDF, server-sent events,
 * JSON-LD...): give `content`, keyed by media type; the handler returns a
 * Response, which is sent as it is.
 */
export interface ResponseSpec {
  description: string;
  schema?: ZodType;
  content?: Record<string, ZodType | null>;
}

/** The success response: 200 unless `status` says otherwise (201 created, 202 accepted). */
export interface SuccessSpec extends ResponseSpec {
  status?: number;
}

/**
 * A request body. `json` and `multipart` are read and parsed before the
 * handler runs (multipart fields become one object, files as File). `raw`
 * is the escape hatch: the handler reads the request itself, and the media
 * types listed are only documented.
 */
export interface BodySpec {
  json?: ZodType;
  multipart?: ZodType;
  raw?: Record<string, ZodType | null>;
  /** Refuse a multipart body above this many bytes (Content-Length) before reading it. */
  maxBytes?: () => number;
  description?: string;
}

/** One API route, described once next to its handler; the OpenAPI document is generated from these. */
export interface RouteSpec {
  method: HttpMethod;
  /** The OpenAPI path, `{name}` for each dynamic segment of the route's folder. */
  path: `/api/${string}`;
  summary: string;
  description?: string;
  tags?: string[];
  /** "none": no sign-in, no workspace (health check, this document). Default: required. */
  auth?: "required" | "none";
  /** Path parameters; default: each `{name}` of the path as a string. */
  params?: ZodObject;
  /** Query string, parsed from its name=value pairs. */
  query?: ZodObject;
  /** Request headers, by lower-case name (e.g. `idempotency-key`). */
  headers?: ZodObject;
  /** A zod schema for a JSON body, or a BodySpec. */
  body?: ZodType | BodySpec;
  response: SuccessSpec;
  /** Further successes the handler answers with a Response of its own (say a 202 beside a 200). */
  otherResponses?: Record<number, ResponseSpec>;
  /**
   * A creating route: an `Idempotency-Key` header makes a retry answer with the
   * first response instead of creating again (documented and handled by defineRoute).
   */
  idempotent?: true;
  /** Error statuses: `true` for the standard wording, or a sentence saying when. 400 and 401 are added when they apply. */
  errors?: Partial<Record<ErrorStatus, string | true>>;
}

type Out<S> = S extends ZodType ? z.output<S> : undefined;

/** `{id}` and `{claimId}` of "/api/v1/articles/{id}/claims/{claimId}" as `{ id: string; claimId: string }`. */
export type PathParams<P extends string> = P extends `${string}{${infer K}}${infer Rest}`
  ? { [key in K | keyof PathParams<Rest>]: string }
  : Record<never, string>;

type ParamsOf<D extends RouteSpec> = D extends { params: infer S extends ZodType } ? z.output<S> : PathParams<D["path"]>;

type BodyOf<D extends RouteSpec> = D extends { body: infer B }
  ? B extends ZodType
    ? z.output<B>
    : B extends { raw: object }
      ? undefined
      : (B extends { json: infer J } ? Out<J> : never) | (B extends { multipart: infer M } ? Out<M> : never)
  : undefined;

/** What a handler receives: the request, and its parts parsed by the declared schemas. */
export interface RouteContext<D extends RouteSpec> {
  request: Request;
  params: ParamsOf<D>;
  query: D extends { query: infer Q } ? Out<Q> : undefined;
  headers: D extends { headers: infer H } ? Out<H> : undefined;
  body: BodyOf<D>;
}

/** A signed-in request: the user, and the actor in the chosen workspace (resolved on first use). */
export interface SignedInContext<D extends RouteSpec> extends RouteContext<D> {
  userId: string;
  actor: () => Promise<Actor>;
}

export type HandlerContext<D extends RouteSpec> = D extends { auth: "none" } ? RouteContext<D> : SignedInContext<D>;

/** A JSON route returns data of its schema's shape (or a Response of its own); any other route returns a Response. */
export type HandlerResult<D extends RouteSpec> = D["response"] extends { schema: infer S extends ZodType }
  ? z.input<S> | Response
  : Response;

/** The Next route handler a route file exports as GET, POST...; it carries its description. */
export type DefinedRoute<D extends RouteSpec = RouteSpec> = ((
  request: Request,
  context: { params: Promise<Record<string, string>> },
) => Promise<Response>) & { readonly route: D };
