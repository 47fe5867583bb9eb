import { defineRules, reject } from '../knowledge/rules';
import { FIXTURE, LEGACY_RUN, REAL } from '../knowledge/sources';
import type { BedrockError, EmulatedModel } from './emulated-model';
import { EMULATED_MODELS } from './emulated-models';

const BY_ID = new Map(EMULATED_MODELS.map(model => [model.id, model]));
const GEOGRAPHIES = new Set(['us', 'eu', 'apac', 'global']);

/**
 * An application inference profile ARN carries no model id; the emulator maps this one fixed id to Claude
 * Sonnet 4.5 so tests can exercise the path (any other application profile is unknown).
 */
export const TEST_APPLICATION_PROFILE_ID = 'test-app-profile';
const APPLICATION_PROFILE_MODEL = 'anthropic.claude-sonnet-4-5-20250929-v1:0';

const MODEL_ID = defineRules('model-id', {
  invalid: {
    says: 'An id that is no known model (or a profile the model does not have) is "The provided model identifier is invalid."',
    source: [FIXTURE.invalidModelInvoke, FIXTURE.invalidModelConverseStream, LEGACY_RUN.opus47InvalidId],
  },
  endOfLife: {
    says: 'A model past its end of life answers ResourceNotFoundException (404), on every API and profile.',
    source: [REAL.eolClaude35Haiku, REAL.eolClaude35And37Sonnet],
  },
  profileOnly: {
    says: 'A model served only through inference profiles rejects its bare id on demand.',
    source: [LEGACY_RUN.onDemandUnsupported],
  },
});
const INVALID_ID: BedrockError = reject(MODEL_ID.invalid, 'The provided model identifier is invalid.');
// Real wording, with its line break (accelerated-intelligent-document-processing-on-aws#708).
const END_OF_LIFE: BedrockError = reject(
  MODEL_ID.endOfLife,
  'This model version has reached the end of its life. Please refer to the AWS documentation for more details.',
  'ResourceNotFoundException',
  404,
);

/**
 * Resolves the model id of a request path: a bare foundation-model id, a cross-region profile id
 * (`us.` / `eu.` / `apac.` / `global.`), or an ARN of a foundation model, an inference profile or an application
 * inference profile (AWS "Supported Regions and models for inference profiles").
 */
export function resolveModel(pathModelId: string): { model: EmulatedModel } | { error: BedrockError } {
  let id = pathModelId;
  const arn =
    /^arn:aws[a-z-]*:bedrock:[a-z0-9-]*:\d*:(foundation-model|inference-profile|application-inference-profile)\/(.+)$/.exec(
      id,
    );
  if (arn) {
    const [, kind, rest] = arn as unknown as [string, string, string];
    if (kind === 'application-inference-profile') {
      return rest === TEST_APPLICATION_PROFILE_ID
        ? { model: BY_ID.get(APPLICATION_PROFILE_MODEL)! }
        : { error: INVALID_ID };
    }
    if (kind === 'foundation-model') return bare(rest);
    id = rest;
  }
  const dot = id.indexOf('.');
  const prefix = id.slice(0, dot);
  if (GEOGRAPHIES.has(prefix)) {
    const model = BY_ID.get(id.slice(dot + 1));
    if (!model?.profiles.includes(prefix as EmulatedModel['profiles'][number])) return { error: INVALID_ID };
    return model.endOfLife ? { error: END_OF_LIFE } : { model };
  }
  return bare(id);
}

function bare(id: string): { model: EmulatedModel } | { error: BedrockError } {
  const model = BY_ID.get(id);
  if (!model) return { error: INVALID_ID };
  if (model.endOfLife) return { error: END_OF_LIFE };
  if (model.access === 'profile-only') {
    // Wording of the real service (the legacy wrapper's runs).
    return {
      error: reject(
        MODEL_ID.profileOnly,
        `Invocation of model ID ${id} with on-demand throughput isn’t supported. Retry your request with the ID or ARN of an inference profile that contains this model.`,
      ),
    };
  }
  return { model };
}

export function allEmulatedModels(): readonly EmulatedModel[] {
  return EMULATED_MODELS;
}
