import { redirect } from "next/navigation";
import { LoginForm } from "@/components/auth/login-form";
import { Alert } from "@/components/ui/alert";
import { sessionUserId } from "@/lib/auth/session-user";
import { sessionEndedNotice } from "@/lib/domain/auth-session";
import { safeCallbackPath } from "@/lib/domain/callback-path";

export const metadata = { title: "Sign in" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ ended?: string; callbackUrl?: string }> }) {
  const query = await searchParams;
  const next = safeCallbackPath(query.callbackUrl);
  if (await sessionUserId()) redirect(next);
  const notice = sessionEndedNotice(query.ended);
  return (
    <main className="flex min-h-screen items-center justify-center p-6">
      <div className="w-full max-w-sm space-y-6">
        <div className="space-y-1 text-center">
          <h1 className="font-serif text-3xl font-semibold tracking-tight">Crosscheck</h1>
          <p className="text-sm text-stone-500">Fact-check annotation workbench</p>
        </div>
        {notice && <Alert tone="info">{notice}</Alert>}
        <LoginForm next={next} />
      </div>
    </main>
  );
}
