import { ChangePasswordForm } from "@/components/account/change-password-form";
import { PageHeader } from "@/components/ui/page-header";
import { pageActor } from "@/lib/auth/page-actor";
import { changePasswordAction } from "./actions";

export const metadata = { title: "Password" };

export default async function PasswordPage() {
  await pageActor();
  return (
    <main className="mx-auto max-w-xl space-y-6 px-4 py-8">
      <PageHeader title="Password" description="Changing your password signs out every other browser and device that is signed in as you." />
      <ChangePasswordForm changePassword={changePasswordAction} />
    </main>
  );
}
