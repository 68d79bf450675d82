import { describe, expect, it } from "vitest";
import { isShuttingDown, onShutdown, shutDown } from "@/lib/server/core/shutdown";

describe("shutDown", () => {
  it("runs each registered hook once, skips unregistered ones, and survives a failing hook", () => {
    const ran: string[] = [];
    onShutdown(() => ran.push("stream 1"));
    const unregister = onShutdown(() => ran.push("gone"));
    onShutdown(() => {
      throw new Error("broken");
    });
    onShutdown(() => ran.push("stream 2"));
    unregister();
    expect(isShuttingDown()).toBe(false);
    const log = console.error;
    console.error = () => {};
    try {
      shutDown();
      shutDown();
    } finally {
      console.error = log;
    }
    expect(ran).toEqual(["stream 1", "stream 2"]);
    expect(isShuttingDown()).toBe(true);
  });
});
