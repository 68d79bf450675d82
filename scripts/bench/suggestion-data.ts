import { seededRandom, type Rng } from "./seeded-random";

/**
 * Deterministic synthetic newsroom for the suggestion benchmark: articles of
 * ~800 words from a seeded vocabulary (English function words plus invented
 * content words drawn with a Zipf-Mandelbrot distribution, so some words are everywhere
 * and most are rare), grouped into stories whose articles repeat, paraphrase
 * and nearly repeat a few "fact" sentences, so claims have real matches.
 */


const FUNCTION_WORDS = (
  "the the the a a of of to to in in and and that is was for on with as by at from it its " +
  "he she they said has had have were be been will would not but or an this which who after " +
  "their more than also over about into when there could"
).split(" ");
const SYLLABLES = (
  "ka ri to ma ne lo vi sa pe du ra mi on el an ter bor gal den fis har jun kel lim mor nat " +
  "pol quin ros sten tav ul ven wes yor zan bri cla dro fre gro pla sko tra"
).split(" ");

export interface SyntheticArticle {
  title: string;
  outlet: string;
  publishedAt: Date;
  text: string;
  /** The fact sentences placed in this article: [factId, variant]. */
  facts: { factId: number; variant: "original" | "paraphrase" | "near-miss"; sentence: string }[];
  /** Sentences of common words only. */
  generic: string[];
}

export interface SyntheticCorpus {
  articles: SyntheticArticle[];
  /** Claim texts: fact sentences as written in one article (the claim's own article index). */
  claims: { articleIndex: number; text: string }[];
}

/** Builds `count` articles in stories of `storySize`, and `claimCount` claims on them. */
export function generateCorpus(count: number, claimCount: number, seed = 20261122): SyntheticCorpus {
  const rng = seededRandom(seed);
  const vocabulary = buildVocabulary(rng, 30_000);
  const zipf = zipfSampler(vocabulary.length, 1, 10);
  const content = () => vocabulary[zipf(rng.next())];
  const synonymOf = (word: string) => vocabulary[(vocabulary.indexOf(word) * 7919 + 13) % vocabulary.length];

  const sentence = (min: number, max: number) => {
    const words: string[] = [];
    const n = rng.int(min, max);
    for (let i = 0; i < n; i++) words.push(rng.next() < 0.45 ? rng.pick(FUNCTION_WORDS) : content());
    return words;
  };
  // Only the commonest content words: the hardest claims for the index.
  const genericSentence = () => {
    const words = sentence(10, 16);
    return words.map((w) => (FUNCTION_WORDS.includes(w) ? w : vocabulary[rng.int(0, 40)]));
  };
  const render = (words: string[]) => `${words[0][0].toUpperCase()}${words[0].slice(1)} ${words.slice(1).join(" ")}.`;

  const storySize = 10;
  const factsPerStory = 8;
  const articles: SyntheticArticle[] = [];
  const outlets = Array.from({ length: 40 }, (_, i) => `${capitalize(vocabulary[500 + i])} ${["Times", "Post", "Herald", "Wire", "Courier"][i % 5]}`);
  for (let story = 0; story * storySize < count; story++) {
    // A story's facts use rarer words, like names and places in real reporting.
    const facts = Array.from({ length: factsPerStory }, () => {
      const words = sentence(12, 22);
      for (let k = 0; k < 4; k++) words[rng.int(0, words.length - 1)] = vocabulary[rng.int(2_000, vocabulary.length - 1)];
      return words;
    });
    for (let i = 0; i < storySize && articles.length < count; i++) {
      const paragraphs: string[] = [];
      const placed: SyntheticArticle["facts"] = [];
      const generic: string[] = [];
      let words = 0;
      const chosen = new Set<number>();
      while (chosen.size < 4) chosen.add(rng.int(0, factsPerStory - 1));
      const factQueue = [...chosen];
      while (words < 800) {
        const sentences: string[] = [];
        for (let s = rng.int(3, 5); s > 0 && words < 800; s--) {
          let text: string;
          if (factQueue.length > 0 && rng.next() < 0.15) {
            const factId = factQueue.pop()!;
            const roll = rng.next();
            const variant = roll < 0.4 ? "original" : roll < 0.8 ? "paraphrase" : "near-miss";
            const fact = [...facts[factId]];
            if (variant === "paraphrase") {
              for (let k = 0; k < 2; k++) {
                const at = rng.int(0, fact.length - 1);
                if (!FUNCTION_WORDS.includes(fact[at])) fact[at] = synonymOf(fact[at]);
              }
            } else if (variant === "near-miss") {
              // Same opening words, different statement.
              fact.splice(Math.ceil(fact.length / 3), fact.length, ...sentence(8, 14));
            }
            text = render(fact);
            placed.push({ factId: story * factsPerStory + factId, variant, sentence: text });
          } else if (rng.next() < 0.02) {
            text = render(genericSentence());
            generic.push(text);
          } else {
            text = render(sentence(10, 28));
          }
          words += text.split(" ").length;
          sentences.push(text);
        }
        paragraphs.push(sentences.join(" "));
      }
      articles.push({
        title: render(sentence(6, 10)).slice(0, -1),
        outlet: outlets[rng.int(0, outlets.length - 1)],
        publishedAt: new Date(Date.UTC(2026, 0, 1) + rng.int(0, 300 * 24) * 3_600_000),
        text: paragraphs.join("\n\n"),
        facts: placed,
        generic,
      });
    }
  }

  const claims: SyntheticCorpus["claims"] = [];
  while (claims.length < claimCount) {
    const articleIndex = rng.int(0, articles.length - 1);
    const article = articles[articleIndex];
    const original = article.facts.find((f) => f.variant !== "near-miss");
    const roll = rng.next();
    if (roll < 0.05) {
      // A claim of common words only (one in twenty).
      if (article.generic.length > 0) claims.push({ articleIndex, text: article.generic[0] });
    } else if (original && roll < 0.8) {
      claims.push({ articleIndex, text: original.sentence });
    } else {
      // A claim on an ordinary sentence: the query still has to answer fast.
      const sentences = article.text.split(/(?<=\.)\s+/);
      claims.push({ articleIndex, text: rng.pick(sentences).trim() });
    }
  }
  return { articles, claims };
}

function buildVocabulary(rng: Rng, size: number): string[] {
  const seen = new Set<string>(FUNCTION_WORDS);
  const words: string[] = [];
  while (words.length < size) {
    let word = "";
    for (let i = rng.int(2, 4); i > 0; i--) word += rng.pick(SYLLABLES);
    if (!seen.has(word)) {
      seen.add(word);
      words.push(word);
    }
  }
  return words;
}

/**
 * Index sampler for Zipf-Mandelbrot P(k) ∝ 1 / (k + q)^s, by binary search
 * over the cumulative weights. With q = 10 the commonest content word is ~1%
 * of content words, as "said" is in news text.
 */
function zipfSampler(n: number, s: number, q: number) {
  const cumulative = new Float64Array(n);
  let total = 0;
  for (let k = 0; k < n; k++) {
    total += 1 / Math.pow(k + q, s);
    cumulative[k] = total;
  }
  return (u: number) => {
    const target = u * total;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cumulative[mid] < target) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

function capitalize(word: string): string {
  return word[0].toUpperCase() + word.slice(1);
}
