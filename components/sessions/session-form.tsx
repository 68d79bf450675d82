"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { useTimeZone } from "@/components/ui/time-zone";
import { actionFailure } from "@/components/ui/action-failure";
import { useIdempotencyKey } from "@/components/ui/use-idempotency-key";
import { fromLocalInputValue, toLocalInputValue } from "@/lib/domain/dates/local-input";
import type { ActionResult } from "@/lib/http/action-result";
import { BriefEditor } from "./brief-editor";

/** What the form sends: the session's fields, the deadline as an ISO instant. */
export interface SessionFormInput {
  name: string;
  brief: Record<string, unknown> | null;
  deadline: string | null;
  anyReviewerMayReview: boolean;
  publicationUrl: string | null;
}

interface Props {
  /** The session being edited (absent when creating one). */
  initial?: SessionFormInput;
  /** Saves; a create gets the form's Idempotency-Key, so a repeated submission makes one session. */
  submit: (input: SessionFormInput, idempotencyKey: string) => Promise<ActionResult<{ id: string }>>;
  submitLabel: string;
  cancelHref: string;
}

/**
 * Creates or edits a session: name, brief (rich text), deadline in the
 * reader's zone, publication address, and whether any reviewer may review.
 * Errors show next to their fields and nothing typed is lost; on success it
 * opens the session's dashboard.
 */
export function SessionForm({ initial, submit, submitLabel, cancelHref }: Props) {
  const router = useRouter();
  const timeZone = useTimeZone();
  const [brief, setBrief] = useState(initial?.brief ?? null);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const idempotency = useIdempotencyKey();

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    // Handled here rather than by a form action, which would reset the fields after a refusal.
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? "").trim();
    const input: SessionFormInput = {
      name: text("name"),
      brief,
      deadline: fromLocalInputValue(text("deadline"), timeZone)?.toISOString() ?? null,
      anyReviewerMayReview: form.get("anyReviewerMayReview") === "on",
      publicationUrl: text("publicationUrl") || null,
    };
    startTransition(async () => {
      // A lost answer (the connection dropped, the server failed) is said here; sending again is safe: same key.
      const result = await submit(input, idempotency.keyFor(input)).catch((failure: unknown) => ({
        ok: false as const,
        error: { ...actionFailure(failure, "the session may not have been saved"), fieldErrors: undefined },
      }));
      if (result.ok) {
        idempotency.done();
        router.push(`/sessions/${result.data.id}`);
        return;
      }
      setErrors(result.error.fieldErrors ?? {});
      setMessage(result.error.fieldErrors && Object.keys(result.error.fieldErrors).length ? "Check the fields marked below." : result.error.message);
    });
  }

  const error = (field: string) => errors[field]?.[0];
  const describe = (field: string) => (error(field) ? `session-${field}-error` : undefined);
  return (
    <form onSubmit={onSubmit} className="space-y-5" noValidate aria-describedby={message ? "session-form-message" : undefined}>
      {message && <Alert id="session-form-message">{message}</Alert>}
      <div className="space-y-1.5">
        <Label htmlFor="session-name">Name</Label>
        <Input id="session-name" name="name" defaultValue={initial?.name} maxLength={200} aria-invalid={error("name") ? true : undefined} aria-describedby={describe("name")} />
        <FieldError id="session-name-error" text={error("name")} />
      </div>
      <div className="space-y-1.5">
        <Label id="session-brief-label">Brief</Label>
        <p id="session-brief-hint" className="text-xs text-stone-500">What to check and the house rules for this story.</p>
        <BriefEditor id="session-brief" value={initial?.brief ?? null} onChange={setBrief} invalid={Boolean(error("brief"))} describedBy={describe("brief") ?? "session-brief-hint"} />
        <FieldError id="session-brief-error" text={error("brief")} />
      </div>
      <div className="grid gap-5 md:grid-cols-2">
        <div className="space-y-1.5">
          <Label htmlFor="session-deadline">Deadline <span className="font-normal text-stone-500">(optional, {timeZone} time)</span></Label>
          <Input
            id="session-deadline"
            name="deadline"
            type="datetime-local"
            defaultValue={initial?.deadline ? toLocalInputValue(initial.deadline, timeZone) : undefined}
            aria-invalid={error("deadline") ? true : undefined}
            aria-describedby={describe("deadline")}
          />
          <FieldError id="session-deadline-error" text={error("deadline")} />
        </div>
        <div className="space-y-1.5">
          <Label htmlFor="session-publication">Publication address <span className="font-normal text-stone-500">(optional)</span></Label>
          <Input
            id="session-publication"
            name="publicationUrl"
            type="url"
            inputMode="url"
            placeholder="https://"
            defaultValue={initial?.publicationUrl ?? undefined}
            aria-invalid={error("publicationUrl") ? true : undefined}
            aria-describedby={describe("publicationUrl")}
          />
          <FieldError id="session-publicationUrl-error" text={error("publicationUrl")} />
        </div>
      </div>
      <div className="flex items-start gap-2">
        <input id="session-any-reviewer" name="anyReviewerMayReview" type="checkbox" defaultChecked={initial?.anyReviewerMayReview} className="mt-0.5 h-4 w-4 rounded border-stone-300" />
        <div>
          <Label htmlFor="session-any-reviewer">Any reviewer may review</Label>
          <p className="text-xs text-stone-500">Otherwise only each article&apos;s assigned reviewer reviews it.</p>
        </div>
      </div>
      <div className="flex gap-2">
        <Button type="submit" disabled={pending}>{pending ? "Saving…" : submitLabel}</Button>
        <Button variant="outline" asChild><Link href={cancelHref}>Cancel</Link></Button>
      </div>
    </form>
  );
}

function FieldError({ id, text }: { id: string; text?: string }) {
  return text ? <p id={id} className="text-xs text-red-700">{text}</p> : null;
}
