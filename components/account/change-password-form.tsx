"use client";

import { useRef, useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import type { ActionResult } from "@/lib/http/action-result";

interface Props {
  changePassword: (formData: FormData) => Promise<ActionResult>;
}

const FIELDS = [
  { name: "currentPassword", label: "Current password", autoComplete: "current-password" },
  { name: "newPassword", label: "New password", autoComplete: "new-password" },
  { name: "confirmPassword", label: "New password again", autoComplete: "new-password" },
] as const;

/** Current password, new password twice; field errors next to their fields. */
export function ChangePasswordForm({ changePassword }: Props) {
  const form = useRef<HTMLFormElement>(null);
  const [result, setResult] = useState<ActionResult | null>(null);
  const [pending, startTransition] = useTransition();
  const fieldErrors = result && !result.ok ? (result.error.fieldErrors ?? {}) : {};

  return (
    <Card>
      <CardContent className="pt-5">
        <form
          ref={form}
          className="space-y-4"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            const data = new FormData(event.currentTarget);
            startTransition(async () => {
              const answer = await changePassword(data);
              setResult(answer);
              if (answer.ok) form.current?.reset();
            });
          }}
        >
          {FIELDS.map((field) => (
            <div key={field.name} className="space-y-1.5">
              <Label htmlFor={field.name}>{field.label}</Label>
              <Input id={field.name} name={field.name} type="password" autoComplete={field.autoComplete} required aria-invalid={Boolean(fieldErrors[field.name])} />
              {fieldErrors[field.name]?.map((message) => (
                <p key={message} className="text-sm text-red-700">{message}</p>
              ))}
            </div>
          ))}
          {result && !result.ok && !Object.keys(fieldErrors).length && <Alert>{result.error.message}</Alert>}
          {result?.ok && <Alert tone="success">Your password was changed. Every other session is signed out.</Alert>}
          <Button type="submit" disabled={pending}>{pending ? "Changing…" : "Change password"}</Button>
        </form>
      </CardContent>
    </Card>
  );
}
