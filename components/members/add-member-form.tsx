"use client";

import { useState, useTransition } from "react";
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
  /** E-mails of the current members: the "added" banner goes once that member is removed. */
  memberEmails: string[];
}

const EMPTY = { name: "", email: "", password: "", role: "EDITOR" };

/** Adds an existing account by e-mail, or creates one with a first password. */
export function AddMemberForm({ addMember, memberEmails }: Props) {
  // Controlled fields: a refused submission keeps what was typed (a form action would reset them).
  const [values, setValues] = useState(EMPTY);
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string; email?: string } | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [pending, startTransition] = useTransition();
  const set = (field: keyof typeof EMPTY) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) => setValues((v) => ({ ...v, [field]: e.target.value }));
  // "Added" is true only while that member is still there.
  const shown = message?.email && !memberEmails.some((m) => m.toLowerCase() === message.email!.toLowerCase()) ? null : message;

  return (
    <Card>
      <CardHeader>
        <CardTitle>Add a member</CardTitle>
        <p className="text-sm text-stone-500">An existing account is added as it is; a new e-mail gets an account with the password you set.</p>
      </CardHeader>
      <CardContent>
        <form
          className="grid grid-cols-1 gap-3 md:grid-cols-5 md:items-end"
          action={(formData) =>
            startTransition(async () => {
              const result = await addMember(formData);
              if (result.ok) {
                setValues(EMPTY);
                setFieldErrors({});
                setMessage({ tone: "success", email: result.data.email, text: `${result.data.email} was added${result.data.accountCreated ? " with a new account" : ""}.` });
              } else {
                setFieldErrors(result.error.fieldErrors ?? {});
                setMessage({ tone: "error", text: result.error.message });
              }
            })
          }
        >
          <Field label="Name" name="name" errors={fieldErrors.name} value={values.name} onChange={set("name")} />
          <Field label="E-mail" name="email" type="email" errors={fieldErrors.email} value={values.email} onChange={set("email")} />
          <Field label="First password" name="password" type="password" errors={fieldErrors.password} autoComplete="new-password" value={values.password} onChange={set("password")} />
          <div className="space-y-1.5">
            <Label htmlFor="new-member-role">Role</Label>
            <Select id="new-member-role" name="role" value={values.role} onChange={set("role")} className="w-full">
              {ROLES.map((r) => (
                <option key={r} value={r}>{ROLE_LABELS[r]}</option>
              ))}
            </Select>
          </div>
          <Button type="submit" disabled={pending}>{pending ? "Adding…" : "Add member"}</Button>
        </form>
        {shown && <Alert tone={shown.tone} className="mt-3">{shown.text}</Alert>}
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
