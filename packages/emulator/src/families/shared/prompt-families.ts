import { type BedrockRule, reject } from '../../knowledge/rules';
import type {
  BedrockError,
  FamilyHandler,
  RenderedStreamEvent,
  ResolvedReply,
} from '../../models/emulated-model';
import { isNumberIn, isObject, isPositiveInteger, type Json, unknownKey } from './body-checks';
import { invocationMetrics, textPieces } from './reply-shaping';
import { emptyView, findSchemaInText } from './request-view';

/**
 * The families whose InvokeModel body is one `prompt` string (Llama, Mistral text completion, DeepSeek-R1) differ
 * only in their keys, limits, template markers and response shape; this builds their handlers from that.
 */
/** The rules of a prompt-body family, each with its sources (declared by the family's handler). */
export type PromptRules = Readonly<
  Record<
    'bodyObject' | 'unknownKey' | 'promptRequired' | 'maxTokens' | 'temperature' | 'topP' | 'stop',
    BedrockRule
  >
>;

export interface PromptFamilySpec {
  rules: PromptRules;
  /** Accepted body keys; any other is rejected like Bedrock's schema validation does. */
  keys: readonly string[];
  maxTokensKey: string;
  /** Largest max-tokens value the family's parameter page allows (per model: the model's max output). */
  stopKey?: string;
  maxStop?: number;
  temperatureMax: number;
  /** Extracts the last user turn from the templated prompt. */
  lastUserText(prompt: string): string;
  /** Extra validation (images, …). */
  extraCheck?(body: Json, modelVision: boolean): BedrockError | undefined;
  imageCount?(body: Json): number;
  /** The whole completion text (reasoning included where the family inlines it). */
  completion(reply: ResolvedReply): string;
  render(text: string, reply: ResolvedReply): Json;
  renderChunk(piece: string, index: number, reply: ResolvedReply): Json;
  renderLastChunk(reply: ResolvedReply): Json;
  reasoningAlways?: boolean;
}

export const malformed = (rule: BedrockRule, detail: string) =>
  reject(rule, `Malformed input request: ${detail}, please reformat your input and try again.`);

export function promptFamilyHandler(spec: PromptFamilySpec): FamilyHandler {
  const { rules } = spec;
  return {
    validate(body, { model }) {
      if (!isObject(body)) return malformed(rules.bodyObject, '#: expected type: JSONObject');
      const extra = unknownKey(body, spec.keys);
      if (extra) return malformed(rules.unknownKey, `#: extraneous key [${extra}] is not permitted`);
      if (typeof body.prompt !== 'string')
        return malformed(rules.promptRequired, '#: required key [prompt] not found');
      const maxTokens = body[spec.maxTokensKey];
      if (maxTokens !== undefined) {
        if (!isPositiveInteger(maxTokens))
          return malformed(rules.maxTokens, `#/${spec.maxTokensKey}: expected minimum: 1`);
        if (maxTokens > model.maxOutputTokens)
          return malformed(
            rules.maxTokens,
            `#/${spec.maxTokensKey}: ${maxTokens} is not less or equal to ${model.maxOutputTokens}`,
          );
      }
      if (body.temperature !== undefined && !isNumberIn(body.temperature, 0, spec.temperatureMax)) {
        return malformed(
          rules.temperature,
          `#/temperature: ${String(body.temperature)} is not less or equal to ${spec.temperatureMax}`,
        );
      }
      if (body.top_p !== undefined && !isNumberIn(body.top_p, 0, 1))
        return malformed(rules.topP, `#/top_p: ${String(body.top_p)} is not less or equal to 1`);
      if (spec.stopKey && body[spec.stopKey] !== undefined) {
        const stop = body[spec.stopKey];
        if (!Array.isArray(stop) || stop.some(s => typeof s !== 'string'))
          return malformed(rules.stop, `#/${spec.stopKey}: expected type: JSONArray`);
        if (spec.maxStop !== undefined && stop.length > spec.maxStop)
          return malformed(
            rules.stop,
            `#/${spec.stopKey}: expected maximum item count: ${spec.maxStop}, found: ${stop.length}`,
          );
      }
      return spec.extraCheck?.(body, model.vision.invoke);
    },
    view(body) {
      const b = body as Json;
      const prompt = String(b.prompt ?? '');
      const view = emptyView();
      view.lastUserText = spec.lastUserText(prompt).trim();
      view.imageCount = spec.imageCount?.(b) ?? 0;
      view.reasoningRequested = Boolean(spec.reasoningAlways);
      view.stopSequences =
        spec.stopKey && Array.isArray(b[spec.stopKey]) ? (b[spec.stopKey] as string[]) : [];
      view.maxTokens =
        typeof b[spec.maxTokensKey] === 'number' ? (b[spec.maxTokensKey] as number) : undefined;
      view.jsonSchema = findSchemaInText(prompt);
      view.promptText = prompt;
      return view;
    },
    render: reply => spec.render(spec.completion(reply), reply),
    renderStream(reply) {
      const pieces = textPieces(spec.completion(reply), reply);
      const events: RenderedStreamEvent[] = pieces.map((piece, index) => ({
        kind: 'chunk',
        json: spec.renderChunk(piece, index, reply),
      }));
      events.push({
        kind: 'chunk',
        json: {
          ...spec.renderLastChunk(reply),
          'amazon-bedrock-invocationMetrics': invocationMetrics(reply),
        },
      });
      return events;
    },
  };
}

/** `stop` / `length`: the only stop reasons of the prompt families (https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-meta.html, https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-mistral-text-completion.html, https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-deepseek.html). */
export function promptStopReason(reply: ResolvedReply): 'stop' | 'length' {
  return reply.stopReason === 'max_tokens' ? 'length' : 'stop';
}

/** The text after the last `open` marker, up to the next `close` marker. */
export function lastBetween(prompt: string, open: string, close: string): string {
  const start = prompt.lastIndexOf(open);
  if (start < 0) return prompt;
  const rest = prompt.slice(start + open.length);
  const end = rest.indexOf(close);
  return end < 0 ? rest : rest.slice(0, end);
}
