"use client";

import { useCallback, useEffect, useState } from "react";
import { api } from "@/components/annotator/api-client";

/** Loads a GET endpoint, with a reload() for after changes; null path means "not yet". */
export function useApiResource<T>(path: string | null) {
  const [state, setState] = useState<{ path: string | null; data: T | null; error: string | null }>({ path: null, data: null, error: null });
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    if (!path) return;
    let live = true;
    api<T>("GET", path).then(
      (data) => live && setState({ path, data, error: null }),
      (error: Error) => live && setState({ path, data: null, error: error.message }),
    );
    return () => {
      live = false;
    };
  }, [path, generation]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  const current = state.path === path;
  return { data: current ? state.data : null, error: current ? state.error : null, loading: Boolean(path) && !current, reload };
}
