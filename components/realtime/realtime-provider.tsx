"use client";

import { createContext, useContext, useEffect, useMemo } from "react";
import { SharedStream } from "./shared-stream";

interface Realtime {
  stream: SharedStream | null;
  userId: string;
  workspaceId: string;
}

const RealtimeContext = createContext<Realtime | null>(null);

/** The live stream of the signed-in member's current workspace, shared by everything below (see SharedStream). */
export function RealtimeProvider({ workspaceId, userId, children }: { workspaceId: string; userId: string; children: React.ReactNode }) {
  const stream = useMemo(() => new SharedStream(workspaceId), [workspaceId]);
  useEffect(() => {
    stream.start();
    const expiry = setInterval(() => stream.expirePresence(), 5_000);
    return () => {
      clearInterval(expiry);
      stream.stop();
    };
  }, [stream]);
  return <RealtimeContext.Provider value={{ stream, userId, workspaceId }}>{children}</RealtimeContext.Provider>;
}

/** The shared stream, the member and the workspace (null outside a RealtimeProvider). */
export const useRealtime = () => useContext(RealtimeContext);
