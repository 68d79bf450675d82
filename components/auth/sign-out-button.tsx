"use client";

import { signOut } from "next-auth/react";
import { Button } from "@/components/ui/button";

/** Signs out (ending the session on the server) and returns to the sign-in page. */
export function SignOutButton() {
  return (
    <Button variant="outline" size="sm" className="shrink-0 whitespace-nowrap" onClick={() => signOut({ callbackUrl: "/login" })}>
      Sign out
    </Button>
  );
}
