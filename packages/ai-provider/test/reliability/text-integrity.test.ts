import { APICallError } from '@ai-sdk/provider';
import { generateText, streamText } from 'ai';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { listBedrockWrapperSupportedModels } from '../../src/catalog/list-bedrock-wrapper-supported-models';
import type { InlineReasoningFormat } from '../../src/catalog/model-catalog-types';
import { resolveModel } from '../../src/catalog/resolve-model';
import { useEmulatedProvider } from '../../src/test-utils/emulated-provider';

/**
 * Model output is never altered or lost. For every catalog model on both APIs, the emulator sends a random answer
 * (any unicode, whitespace and indentation, reasoning tags and every family's special tokens, anywhere) cut into
 * random stream deltas, through the real AWS SDK client; `generateText` and `streamText` (ai@4) read it:
 *
 * - a model without inline reasoning: the text is the answer, character for character (the one exception: a Llama
 *   model's answer ending in its end-of-turn token, which Llama 4 has been seen echoing, loses that one token);
 * - a model with inline reasoning (catalog `inlineReasoning`): reasoning + text is the answer with only tags left out,
 *   and the answer after the reasoning is the text, exactly;
 * - `generateText` and `streamText` give the same text and reasoning.
 *
 * `FAST_CHECK_RUNS` sets the answers per model and API (default 3, a seed of its own per pair; `pnpm test:long`
 * uses 100).
 */
const env = useEmulatedProvider();
const RUNS = Number(process.env.FAST_CHECK_RUNS ?? 3);
const SEED = Number(process.env.FAST_CHECK_SEED ?? 20261201);
const counts = { answers: 0, calls: 0, pairs: 0 };
const skipped: string[] = [];

const TAGS = ['<think>', '</think>', '<reasoning>', '</reasoning>'];
const SPECIAL = [
  '<|eot_id|>',
  '<|start_header_id|>',
  '<|eot|>',
  '<|header_start|>',
  '<|image|>',
  '[INST]',
  '[/INST]',
  '</s>',
  '<s>',
  '<｜Assistant｜>',
  '<｜end▁of▁sentence｜>',
  '<|channel|>',
];
const WHITESPACE = [' ', '    ', '\n', '\n\n', '\t', '\r\n', '\u00a0'];
const piece = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 8 }) },
  { weight: 2, arbitrary: fc.constantFrom(...WHITESPACE) },
  { weight: 2, arbitrary: fc.constantFrom(...TAGS, ...SPECIAL, '<', '</', '>', '|>') },
);
const anyText = fc.array(piece, { maxLength: 12 }).map(pieces => pieces.join(''));
/** Answers that start and end the ways that broke before: indentation, blank lines, tags, special tokens. */
const hostileText = fc
  .tuple(
    fc.constantFrom('', ...WHITESPACE, ...TAGS, ...SPECIAL),
    anyText,
    fc.constantFrom('', ...WHITESPACE, ...TAGS, ...SPECIAL),
  )
  .map(([head, body, tail]) => head + body + tail);
const whitespace = fc.array(fc.constantFrom(...WHITESPACE), { maxLength: 3 }).map(ws => ws.join(''));
/** Stream deltas: the text cut at random code-point boundaries. */
function chunked(text: string) {
  const points = Array.from(text);
  return fc.array(fc.nat(points.length), { maxLength: 8 }).map(cuts => {
    const sorted = [...new Set(cuts)].sort((a, b) => a - b);
    const out: string[] = [];
    let from = 0;
    for (const at of [...sorted, points.length]) {
      if (at > from) out.push(points.slice(from, at).join(''));
      from = Math.max(from, at);
    }
    return out;
  });
}

/** An answer in a model's inline-reasoning format, with what the text must be. */
function inlineAnswer(format: InlineReasoningFormat) {
  const pairs = format.tags.map(tag => [`<${tag}>`, `</${tag}>`] as const);
  const closes = pairs.map(([, close]) => close);
  const reasoning = anyText.filter(text => !closes.some(close => text.includes(close)));
  const block = fc
    .tuple(whitespace, fc.constantFrom(...pairs), reasoning)
    .map(([ws, [open, close], r]) => ws + open + r + close);
  // The answer starts with neither whitespace nor `<`, so where it starts is not in doubt; then anything at all.
  const answer = fc.oneof(
    fc.constant(''),
    fc
      .tuple(
        fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }).filter(c => /^[^\s<]/u.test(c)),
        anyText,
      )
      .map(([c, t]) => c + t),
  );
  const inside = format.startsInside
    ? reasoning.map(r => ({ sent: `${r}${closes[0]}`, reasoned: true }))
    : fc.constant({ sent: '', reasoned: false });
  return fc
    .tuple(inside, fc.array(block, { maxLength: 3 }), whitespace, answer, fc.boolean())
    .map(([first, blocks, ws, text, unclosedStartsInside]) => {
      if (format.startsInside && unclosedStartsInside && blocks.length === 0) {
        // Reasoning that never closes (the answer was all reasoning).
        const sent = first.sent.slice(0, -closes[0]!.length);
        return { sent, text: '' };
      }
      const reasoned = first.reasoned || blocks.length > 0;
      const sent = first.sent + blocks.join('') + ws + text;
      if (!reasoned) return { sent, text: ws + text };
      // The separator up to its last line break goes with the reasoning; the first line's indentation stays.
      const lineBreak = ws.lastIndexOf('\n');
      return { sent, text: text ? (lineBreak < 0 ? '' : ws.slice(lineBreak + 1)) + text : '' };
    });
}

/** `kept` is `whole` with zero or more whole tags taken out, and nothing else. */
function withoutSomeTags(whole: string, kept: string): boolean {
  const memo = new Map<number, boolean>();
  const go = (i: number, j: number): boolean => {
    if (i === whole.length) return j === kept.length;
    const key = i * (kept.length + 1) + j;
    const known = memo.get(key);
    if (known !== undefined) return known;
    let ok = j < kept.length && whole[i] === kept[j] && go(i + 1, j + 1);
    for (const tag of TAGS) if (!ok && whole.startsWith(tag, i)) ok = go(i + tag.length, j);
    memo.set(key, ok);
    return ok;
  };
  return go(0, 0);
}

const PAIRS = listBedrockWrapperSupportedModels().flatMap(model =>
  (['invoke', 'converse'] as const).filter(api => model.apis[api]).map(api => [model.name, api] as const),
);

afterAll(() => {
  console.log(
    `text integrity: ${counts.pairs} model × API pairs, ${counts.answers} answers, ${counts.calls} calls (generateText + streamText)` +
      (skipped.length
        ? `; skipped (the emulator refuses the model: end of life or unknown id): ${skipped.join(', ')}`
        : ''),
  );
});

describe('what the model sends is what the caller gets', () => {
  it.each(PAIRS.map((pair, index) => [...pair, index] as const))('%s on %s', async (name, api, index) => {
    const entry = resolveModel(name, { region: 'us-east-1' }).entry;
    const model = env.provider(name, { api });
    const inline = entry.inlineReasoning?.[api];
    // Llama echoes its end-of-turn token at times; one such token at the very end is not text.
    const trailing =
      api === 'invoke'
        ? (({ llama3: ['<|eot_id|>'], llama4: ['<|eot|>', '<|eot_id|>'] } as Record<string, string[]>)[
            entry.family
          ] ?? [])
        : [];
    const call = async (chunks: string[]) => {
      env.emulator.reset();
      env.emulator.script({ reply: { chunks } }, { reply: { chunks } });
      const whole = await generateText({ model, prompt: 'x', maxRetries: 0 });
      let failure: unknown;
      const streamed = streamText({
        model,
        prompt: 'x',
        maxRetries: 0,
        onError: ({ error }) => {
          failure = error;
        },
      });
      for await (const _part of streamed.fullStream);
      if (failure) throw failure;
      const out = {
        generate: { text: whole.text, reasoning: whole.reasoning ?? '' },
        stream: { text: await streamed.text, reasoning: (await streamed.reasoning) ?? '' },
      };
      counts.calls += 2;
      return out;
    };
    try {
      await call(['probe']);
    } catch (error) {
      // The emulator refuses the model itself (end of life, unknown id): the catalog/emulator tests report that.
      if (
        APICallError.isInstance(error) &&
        /end of its life|model identifier is invalid/.test(error.message)
      ) {
        skipped.push(`${name} (${api})`);
        return;
      }
      throw error;
    }
    counts.pairs++;
    const answers = inline
      ? inlineAnswer(inline)
      : hostileText.map(sent => {
          const token = trailing.find(candidate => sent.endsWith(candidate));
          return { sent, text: token ? sent.slice(0, -token.length) : sent };
        });
    await fc.assert(
      fc.asyncProperty(
        answers.chain(answer => chunked(answer.sent).map(chunks => ({ ...answer, chunks }))),
        async ({ sent, text, chunks }) => {
          const out = await call(chunks);
          counts.answers++;
          expect(out.stream, 'streamText agrees with generateText').toEqual(out.generate);
          expect(out.generate.text).toBe(text);
          if (inline) {
            expect(
              withoutSomeTags(sent, out.generate.reasoning + out.generate.text),
              'only tags left out',
            ).toBe(true);
          } else expect(out.generate.reasoning).toBe('');
        },
      ),
      // A seed per pair, so each pair sees answers of its own.
      { numRuns: RUNS, seed: SEED + index },
    );
  });
});
