import { franc } from "franc-min";

/** franc's ISO 639-3 codes mapped to ISO 639-1 (languages without a two-letter code are left out). */
const ISO_639_1: Record<string, string> = {
  eng: "en", spa: "es", por: "pt", fra: "fr", deu: "de", ita: "it", nld: "nl", swe: "sv", pol: "pl",
  ces: "cs", hun: "hu", ron: "ro", tur: "tr", rus: "ru", ukr: "uk", bel: "be", bul: "bg", srp: "sr",
  hrv: "hr", bos: "bs", ell: "el", ind: "id", zlm: "ms", vie: "vi", tgl: "tl", jav: "jv", sun: "su",
  swh: "sw", hau: "ha", yor: "yo", ibo: "ig", zul: "zu", som: "so", amh: "am", kin: "rw", run: "rn",
  lin: "ln", nya: "ny", plt: "mg", arb: "ar", pes: "fa", urd: "ur", pbu: "ps", ckb: "ku", kaz: "kk",
  uzn: "uz", azj: "az", hin: "hi", mar: "mr", npi: "ne", ben: "bn", pan: "pa", guj: "gu", tel: "te",
  tam: "ta", kan: "kn", mal: "ml", sin: "si", tha: "th", mya: "my", cmn: "zh", jpn: "ja", kor: "ko",
  fuv: "ff", qug: "qu", zyb: "za",
};

/** Below this many letters franc's trigram guess is too often wrong to show to a user. */
const MIN_LETTERS = 120;

/** Primary subtag of a BCP 47 tag ("en-GB" -> "en"), if it looks like one. */
export function primaryLanguage(tag: string | undefined): string | undefined {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return primary && /^[a-z]{2,3}$/.test(primary) ? primary : undefined;
}

/**
 * Detects the language of a text as an ISO 639-1 code ("en"), or undefined
 * when the text is too short for a confident answer or the language has no
 * two-letter code.
 */
export function detectLanguage(full: string): string | undefined {
  // A few pages of text settle the question; a 5 MB paste would only cost time.
  const text = full.slice(0, 20_000);
  const letters = text.replace(/[^\p{L}]/gu, "");
  if (letters.length < MIN_LETTERS) return undefined;
  const code = franc(text, { minLength: MIN_LETTERS });
  return ISO_639_1[code];
}
