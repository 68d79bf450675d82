"use client";

import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { VERDICT_LABELS } from "@/lib/domain/claims/verdicts";
import { BEST_RATING, RATED_VERDICTS, WORST_RATING, type PublisherSettings } from "@/lib/domain/exports/publisher-settings";

/** The publisher and the verdict ratings, saved through the API. */
export function PublisherSettingsForm({ initial }: { initial: PublisherSettings }) {
  const [settings, setSettings] = useState(initial);
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const set = (patch: Partial<PublisherSettings>) => setSettings({ ...settings, ...patch });

  const save = async () => {
    const response = await fetch("/api/v1/settings/publisher", {
      method: "PUT",
      credentials: "same-origin",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(settings),
    });
    const payload = await response.json().catch(() => null);
    setMessage(response.ok ? { tone: "success", text: "Saved." } : { tone: "error", text: payload?.error?.message ?? "Not saved." });
  };

  return (
    <Card className="p-5">
      <form className="space-y-5" onSubmit={(e) => { e.preventDefault(); void save(); }}>
        <div className="grid gap-4 sm:grid-cols-2">
          <div className="space-y-1.5 sm:col-span-2">
            <Label htmlFor="publisher-name">Organisation name</Label>
            <Input id="publisher-name" required value={settings.name} onChange={(e) => set({ name: e.target.value })} />
          </div>
          <div className="space-y-1.5">
            <Label htmlFor="publisher-url">Web address</Label>
            <Input id="publisher-url" type="url" placeholder="https://…" value={settings.url ?? ""} onChange={(e) => set({ url: e.target.value || null })} />
          </div>
          <div className="space-y-1.5">
            <Label htmlFor="publisher-logo">Logo address</Label>
            <Input id="publisher-logo" type="url" placeholder="https://…/logo.png" value={settings.logoUrl ?? ""} onChange={(e) => set({ logoUrl: e.target.value || null })} />
          </div>
        </div>
        <fieldset className="space-y-2">
          <legend className="text-sm font-medium">Ratings ({WORST_RATING} worst … {BEST_RATING} best)</legend>
          {RATED_VERDICTS.map((verdict) => (
            <div key={verdict} className="grid grid-cols-[8rem_1fr_5rem] items-center gap-2">
              <span className="text-sm">{VERDICT_LABELS[verdict]}</span>
              <Input aria-label={`${VERDICT_LABELS[verdict]} label`} value={settings.ratings[verdict].label}
                onChange={(e) => set({ ratings: { ...settings.ratings, [verdict]: { ...settings.ratings[verdict], label: e.target.value } } })} />
              <Input aria-label={`${VERDICT_LABELS[verdict]} rating`} type="number" min={WORST_RATING} max={BEST_RATING} value={settings.ratings[verdict].rating}
                onChange={(e) => set({ ratings: { ...settings.ratings, [verdict]: { ...settings.ratings[verdict], rating: Number(e.target.value) } } })} />
            </div>
          ))}
        </fieldset>
        <Button type="submit">Save</Button>
        {message && <Alert tone={message.tone}>{message.text}</Alert>}
      </form>
    </Card>
  );
}
