/** Expects a promise to reject with an AppError of the given code; returns the error. */
export async function expectAppError(promise: Promise<unknown>, code: string) {
  try {
    await promise;
  } catch (error) {
    const actual = (error as { code?: string }).code;
    if (actual !== code) throw new Error(`Expected AppError ${code}, got ${actual ?? String(error)}`);
    return error as Error;
  }
  throw new Error(`Expected AppError ${code}, but the call succeeded`);
}
