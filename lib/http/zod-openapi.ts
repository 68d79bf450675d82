import { extendZodWithOpenApi } from "@asteasolutions/zod-to-openapi";
import { z } from "zod";

// Imported for its effect: `.openapi()` on every zod schema, before any module documents one.
extendZodWithOpenApi(z);
