import type { JSONObject } from '@ai-sdk/provider';
import { convertUint8ArrayToBase64 } from '@ai-sdk/provider-utils';
import { CONVERSE_CHUNK_SHAPE, CONVERSE_RESPONSE_SHAPE } from '../../converse/converse-api';
import { converseCodec } from '../../converse/converse-codec';
import type {
  BedrockCodec,
  CodecStreamDecoder,
  CodecStreamFinish,
  StreamEmit,
} from '../../core/codec-contract';
import { TrailingEndings, withoutEnding } from '../../core/trailing-endings';
import { type NovaUsage, withConverseCacheCounts } from './nova-cache-counts';
import { foldCachePoints } from './nova-cache-points';

/**
 * Amazon Nova `messages-v1` on InvokeModel. Nova's body, answer and stream chunks have the Converse shapes
 * (AWS Nova "complete request schema"; invoke-nova-micro.json, imwrs-nova-micro-stream.json: chunks keyed
 * `messageStart`, `contentBlockDelta`, …), so this codec reuses the Converse codec and adapts only what differs:
 * `schemaVersion`, bytes as base64 strings in JSON, cache points as keys of text blocks (nova-cache-points.ts),
 * Nova-native fields inside `inferenceConfig`, and the matched stop sequence, which Nova keeps at the end of its text
 * (https://github.com/jparkerweb/bedrock-wrapper/blob/21730350c52a7a0255c355693459c7263ea949e3/test-stop-sequences-output.txt) and which is removed here.
 */
export const novaCodec: BedrockCodec = {
  api: 'invoke',
  // Nova's answer and chunks have the Converse keys; bytes come as base64 strings ('bytes' takes both).
  shapes: { response: CONVERSE_RESPONSE_SHAPE, chunk: CONVERSE_CHUNK_SHAPE },
  buildRequest(ctx) {
    const { body } = converseCodec.buildRequest(ctx);
    const { messages, system, inferenceConfig, toolConfig, additionalModelRequestFields } = body as Record<
      string,
      Record<string, unknown> | undefined
    >;
    const {
      reasoningConfig,
      inferenceConfig: nativeInference,
      ...extra
    } = (additionalModelRequestFields ?? {}) as Record<string, unknown>;
    return {
      body: withBase64Bytes({
        schemaVersion: 'messages-v1',
        messages: (messages as unknown as Array<{ content: unknown }>).map(message => {
          const content = foldCachePoints(message.content);
          return content === message.content ? message : { ...message, content };
        }),
        ...(system ? { system: foldCachePoints(system) } : {}),
        inferenceConfig: {
          ...inferenceConfig,
          ...(nativeInference as object | undefined),
          ...(reasoningConfig ? { reasoningConfig } : {}),
        },
        ...(toolConfig ? { toolConfig } : {}),
        ...extra,
      }) as Record<string, unknown>,
    };
  },
  parseResponse(response, ctx) {
    const answer = response as { usage?: NovaUsage };
    const usage = withConverseCacheCounts(answer.usage);
    const parsed = converseCodec.parseResponse(usage === answer.usage ? response : { ...answer, usage }, ctx);
    // Usage in Nova's own shape, without the Converse names added for the codec.
    const result = { ...parsed, usage: { ...parsed.usage, raw: answer.usage as JSONObject | undefined } };
    const { text, removed } = withoutEnding(result.text ?? '', ctx.options.stopSequences ?? []);
    return removed ? { ...result, text: text || undefined, finishReason: 'stop' } : result;
  },
  createStreamDecoder(ctx) {
    return new NovaStreamDecoder(converseCodec.createStreamDecoder(ctx), ctx.options.stopSequences ?? []);
  },
};

/** Bytes of images and documents travel as base64 strings in the InvokeModel JSON body. */
function withBase64Bytes(value: unknown): unknown {
  if (value instanceof Uint8Array) return convertUint8ArrayToBase64(value);
  if (Array.isArray(value)) return value.map(withBase64Bytes);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, withBase64Bytes(item)]));
}

/**
 * The Converse stream decoder, with the text held back while it could still be the start of a stop sequence: Nova
 * writes the matched stop sequence at the end, and it is dropped at the end of the stream (trailing-endings.ts).
 */
class NovaStreamDecoder implements CodecStreamDecoder {
  private readonly endings: TrailingEndings;
  // The usage of the metadata event as Nova sent it.
  private rawUsage: JSONObject | undefined;
  // The emit of the current call, seen through the hold-back; made once, not per chunk.
  private emit: StreamEmit = () => {};
  private readonly heldEmit: StreamEmit = part => {
    if (part.type !== 'text-delta') return this.emit(part);
    const text = this.endings.push(part.textDelta);
    if (text) this.emit({ type: 'text-delta', textDelta: text });
  };

  constructor(
    private readonly inner: CodecStreamDecoder,
    stops: readonly string[],
  ) {
    this.endings = new TrailingEndings(stops);
  }

  push(raw: unknown, emit: StreamEmit): void {
    // Only the metadata event carries usage: kept as Nova sent it, and passed on with the Converse names too.
    const metadata = (raw as { metadata?: { usage?: NovaUsage } }).metadata;
    let chunk = raw;
    if (metadata?.usage !== undefined) {
      this.rawUsage = metadata.usage as JSONObject;
      const usage = withConverseCacheCounts(metadata.usage);
      if (usage !== metadata.usage) chunk = { ...(raw as object), metadata: { ...metadata, usage } };
    }
    if (!this.endings.active) return this.inner.push(chunk, emit);
    this.emit = emit;
    this.inner.push(chunk, this.heldEmit);
  }

  flush(emit: StreamEmit): CodecStreamFinish {
    this.emit = emit;
    const end = this.inner.flush(this.heldEmit);
    const rest = this.endings.flush();
    if (rest) emit({ type: 'text-delta', textDelta: rest });
    return { ...end, usage: { ...end.usage, raw: this.rawUsage } };
  }
}
