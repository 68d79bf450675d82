"use client";

import { useRef, useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import type { ActionResult } from "@/lib/http/action-result";
import { ROLE_LABELS, ROLES } from "@/lib/domain/roles";

interface Props {
  addMember: (formData: FormData) => Promise<ActionResult<{ email: string; accountCreated: boolean }>>;
}

/** Adds an existing account by e-mail, or creates one with a first password. */
export function AddMemberForm({ addMember }: Props) {
  const form = useRef<HTMLFormElement>(null);
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [pending, startTransition] = useTransition();

  return (
    <Card>
      <CardHeader>
        <CardTitle>Add a member</CardTitle>
        <p className="text-sm text-stone-500">An existing account is added as it is; a new e-mail gets an account with the password you set.</p>
      </CardHeader>
      <CardContent>
        <form
          ref={form}
          className="grid grid-cols-1 gap-3 md:grid-cols-5 md:items-end"
          action={(formData) =>
            startTransition(async () => {
              const result = await addMember(formData);
              if (result.ok) {
                form.current?.reset();
                setFieldErrors({});
                setMessage({ tone: "success", text: `${result.data.email} was added${result.data.accountCreated ? " with a new account" : ""}.` });
              } else {
                setFieldErrors(result.error.fieldErrors ?? {});
                setMessage({ tone: "error", text: result.error.message });
              }
            })
          }
        >
          <Field label="Name" name="name" errors={fieldErrors.name} />
          <Field label="E-mail" name="email" type="email" errors={fieldErrors.email} />
          <Field label="First password" name="password" type="password" errors={fieldErrors.password} autoComplete="new-password" />
          <div className="space-y-1.5">
            <Label htmlFor="new-member-role">Role</Label>
            <Select id="new-member-role" name="role" defaultValue="EDITOR" className="w-full">
              {ROLES.map((r) => (
                <option key={r} value={r}>{ROLE_LABELS[r]}</option>
              ))}
            </Select>
          </div>
          <Button type="submit" disabled={pending}>{pending ? "Adding…" : "Add member"}</Button>
        </form>
        {message && <Alert tone={message.tone} className="mt-3">{message.text}</Alert>}
      </CardContent>
    </Card>
  );
}

function Field({ label, name, errors, ...rest }: { label: string; name: string; errors?: string[] } & React.InputHTMLAttributes<HTMLInputElement>) {
  const id = `new-member-${name}`;
  return (
    <div className="space-y-1.5">
      <Label htmlFor={id}>{label}</Label>
      <Input id={id} name={name} aria-invalid={errors ? true : undefined} {...rest} />
      {errors && <p className="text-xs text-red-700">{errors[0]}</p>}
    </div>
  );
}
