import { convertUint8ArrayToBase64 } from '@ai-sdk/provider-utils';
import { CONVERSE_CHUNK_SHAPE, CONVERSE_RESPONSE_SHAPE } from '../../converse/converse-api';
import { converseCodec } from '../../converse/converse-codec';
import type {
  BedrockCodec,
  CodecStreamDecoder,
  CodecStreamFinish,
  StreamEmit,
} from '../../core/codec-contract';

/**
 * Amazon Nova `messages-v1` on InvokeModel. Nova's body, answer and stream chunks have the Converse shapes
 * (AWS Nova "complete request schema"; invoke-nova-micro.json, imwrs-nova-micro-stream.json: chunks keyed
 * `messageStart`, `contentBlockDelta`, …), so this codec reuses the Converse codec and adapts only what differs:
 * `schemaVersion`, bytes as base64 strings in JSON, Nova-native fields inside `inferenceConfig`, and the matched stop
 * sequence, which Nova keeps at the end of its text (https://github.com/jparkerweb/bedrock-wrapper/blob/21730350c52a7a0255c355693459c7263ea949e3/test-stop-sequences-output.txt) and which is removed here.
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
        messages,
        ...(system ? { system } : {}),
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
    const result = converseCodec.parseResponse(response, ctx);
    const stop = endingStopSequence(result.text, ctx.options.stopSequences);
    return stop
      ? { ...result, text: result.text!.slice(0, -stop.length) || undefined, finishReason: 'stop' }
      : result;
  },
  createStreamDecoder(ctx) {
    return new NovaStreamDecoder(converseCodec.createStreamDecoder(ctx), ctx.options.stopSequences ?? []);
  },
};

function endingStopSequence(
  text: string | undefined,
  stops: readonly string[] | undefined,
): string | undefined {
  return text ? stops?.find(stop => stop.length > 0 && text.endsWith(stop)) : undefined;
}

/** Bytes of images and documents travel as base64 strings in the InvokeModel JSON body. */
function withBase64Bytes(value: unknown): unknown {
  if (value instanceof Uint8Array) return convertUint8ArrayToBase64(value);
  if (Array.isArray(value)) return value.map(withBase64Bytes);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, withBase64Bytes(item)]));
}

/**
 * The Converse stream decoder, with the text held back while it could still be the start of a stop sequence: Nova
 * writes the matched stop sequence at the end, and it is dropped at the end of the stream. Bounded by the longest stop.
 */
class NovaStreamDecoder implements CodecStreamDecoder {
  private held = '';
  private readonly longest: number;

  constructor(
    private readonly inner: CodecStreamDecoder,
    private readonly stops: readonly string[],
  ) {
    this.longest = Math.max(0, ...stops.map(stop => stop.length));
  }

  push(chunk: unknown, emit: StreamEmit): void {
    if (this.longest === 0) return this.inner.push(chunk, emit);
    this.inner.push(chunk, part => {
      if (part.type !== 'text-delta') return emit(part);
      const text = this.held + part.textDelta;
      const keep = this.partialStopLength(text);
      this.held = text.slice(text.length - keep);
      if (text.length > keep) emit({ type: 'text-delta', textDelta: text.slice(0, text.length - keep) });
    });
  }

  flush(emit: StreamEmit): CodecStreamFinish {
    const end = this.inner.flush(emit);
    const stop = endingStopSequence(this.held, this.stops);
    const rest = stop ? this.held.slice(0, -stop.length) : this.held;
    if (rest) emit({ type: 'text-delta', textDelta: rest });
    this.held = '';
    return end;
  }

  /** Longest tail of `text` that is a prefix (or the whole) of a stop sequence. */
  private partialStopLength(text: string): number {
    for (let length = Math.min(this.longest, text.length); length > 0; length--) {
      const tail = text.slice(text.length - length);
      if (this.stops.some(stop => stop.startsWith(tail))) return length;
    }
    return 0;
  }
}
