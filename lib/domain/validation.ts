import { z } from "zod";
import { ROLES } from "@/lib/domain/roles";

/** Input shapes shared by server actions, route handlers and the OpenAPI document. */
export const emailSchema = z.string().trim().toLowerCase().email("Enter a valid e-mail address.").max(254);
export const passwordSchema = z
  .string()
  .min(10, "Passwords need at least 10 characters.")
  .max(200, "Passwords can have at most 200 characters.");
export const roleSchema = z.enum(ROLES);
export const idSchema = z.string().trim().min(1, "An id is required.").max(64, "That id is too long.");

export const addMemberSchema = z.object({
  email: emailSchema,
  name: z.string().trim().min(1, "Enter a name.").max(120),
  role: roleSchema,
  // Only used when the e-mail has no account yet.
  password: passwordSchema.optional(),
});

export const createTokenSchema = z.object({
  name: z.string().trim().min(1, "Give the token a name.").max(80, "Token names can have at most 80 characters."),
});

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "Enter your current password.").max(200),
    newPassword: passwordSchema,
    confirmPassword: z.string().max(200).default(""),
  })
  .refine((input) => input.newPassword === input.confirmPassword, { message: "The new passwords do not match.", path: ["confirmPassword"] })
  .refine((input) => input.newPassword !== input.currentPassword, { message: "Choose a password other than the current one.", path: ["newPassword"] });

/** The largest value of a Postgres int4 column (versions, positions). */
export const MAX_INT4 = 2_147_483_647;

/** An optimistic-locking version as the server gave it out: a positive int4. */
export const versionSchema = z
  .number()
  .int()
  .positive()
  .max(MAX_INT4, "That version was never given out; reload and try again.");

/** Years every page, export and ISO 8601 date-time can show (Postgres holds more, JavaScript dates past 9999 do not round-trip). */
export const MIN_YEAR = 1;
export const MAX_YEAR = 9999;

/**
 * A date-time from a person or a client, refused unless it falls between the
 * years 1 and 9999, so nothing unrepresentable is stored. `message` is shown
 * for a value that is no date at all.
 */
export function storableDate(message: string) {
  return z.coerce.date({ error: message }).refine((date) => {
    const year = date.getUTCFullYear();
    return year >= MIN_YEAR && year <= MAX_YEAR;
  }, `Dates must fall between the years ${MIN_YEAR} and ${MAX_YEAR}.`);
}
