/**
 * For `vi.mock("@/lib/db", …)`: lib/db with a client whose model reads made
 * outside transactions are counted. `counts(model, method)` says which calls
 * count (e.g. only the claim's find*).
 */
export async function countingDb(importOriginal: () => Promise<typeof import("@/lib/db")>, counts: (model: string, method: string) => boolean, onCount: () => void) {
  const original = await importOriginal();
  const counted = (model: string, delegate: object) =>
    new Proxy(delegate, {
      get(target, method) {
        const fn = Reflect.get(target, method);
        if (typeof fn !== "function") return fn;
        return (...args: unknown[]) => {
          if (counts(model, String(method))) onCount();
          return fn.apply(target, args);
        };
      },
    });
  return {
    ...original,
    getDb: () =>
      new Proxy(original.getDb(), {
        get(target, property, receiver) {
          const value = Reflect.get(target, property, receiver);
          if (typeof property === "string" && !property.startsWith("$") && value && typeof value === "object") return counted(property, value);
          return typeof value === "function" ? value.bind(target) : value;
        },
      }),
  };
}
