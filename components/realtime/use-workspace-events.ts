"use client";

import type { LiveEvent } from "@/lib/domain/realtime/live-event";

/**
 * Calls `onEvent` for every live event of the current workspace while the
 * component is mounted. CONTRACT ONLY: the realtime work (issue 8) implements
 * the shared stream behind it; until then it delivers nothing.
 */
export function useWorkspaceEvents(_onEvent: (event: LiveEvent) => void, _options: { enabled?: boolean } = {}): void {}
