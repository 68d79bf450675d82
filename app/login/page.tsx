import { redirect } from "next/navigation";
import { LoginForm } from "@/components/auth/login-form";
import { sessionUserId } from "@/lib/auth/session-user";

export const metadata = { title: "Sign in" };

export default async function LoginPage() {
  if (await sessionUserId()) redirect("/articles");
  return (
    <main className="flex min-h-screen items-center justify-center p-6">
      <div className="w-full max-w-sm space-y-6">
        <div className="space-y-1 text-center">
          <h1 className="font-serif text-3xl font-semibold tracking-tight">Crosscheck</h1>
          <p className="text-sm text-stone-500">Fact-check annotation workbench</p>
        </div>
        <LoginForm />
      </div>
    </main>
  );
}
