import type { EmulatedModel } from '../models/emulated-model';
import { allEmulatedModels } from '../models/model-table';
import { allEmulatorRules } from './all-rules';
import { type Source, sourceKind } from './rules';

/**
 * docs/emulator-rules.md and docs/bedrock-models.md are generated from the rule and model data (with the notes
 * below written by hand); `test/docs.test.ts` fails when they are stale (`UPDATE_DOCS=1` rewrites them).
 */
function link(source: Source): string {
  const kind = sourceKind(source);
  if (kind === 'aws-docs') return `[AWS: ${source.replace(/^.*\/(?=[^/]+$)/, '')}](${source})`;
  if (kind === 'github') {
    const [, repo, rest] = /^https:\/\/github\.com\/([^/]+\/[^/]+)\/(.*)$/.exec(source) ?? [];
    const short = rest?.replace(/^blob\/([0-9a-f]{7})[0-9a-f]*\//, '$1/') ?? source;
    return `[${repo} ${short}](${source})`;
  }
  if (kind === 'fixture') return `\`${source.slice('fixture:'.length)}\` (recorded)`;
  return `*${source.replace(/\|/g, '\\|')}*`;
}
const cell = (text: string) => text.replace(/\|/g, '\\|');

const RULES_NOTES = `# Emulator rules and their sources

The emulator (\`packages/emulator\`) is the project's independent judge of what real Bedrock accepts. Every rule it
enforces is declared with its sources next to it (\`defineRules\` in the validator's \`*-rules.ts\` or handler), and every
rejection it answers names that rule (\`reject(rule, message)\`, sent back in the \`x-emulator-rule\` response header).
\`packages/emulator/test/sources.test.ts\` fails when a rule has no source and prints the \`unsourced\` ones as known risks.

A source is one of:
- an AWS documentation page (read on 2026-12-01 through a stored copy of docs.aws.amazon.com);
- a real Bedrock answer: an error quoted in a public GitHub issue or pull request, or the legacy wrapper's committed
  logs of its runs against real Bedrock (\`jparkerweb/bedrock-wrapper\`, \`test-*-output.txt\`);
- a recorded real response in \`packages/emulator/fixtures/bedrock-recorded/\` (see PROVENANCE.md there);
- \`unsourced: <why we believe it>\` where none was found.

## Where the documentation and real answers disagree

The real answer wins, and the newer real answer over the older one:

- **Nova tool choice.** In January 2025 Nova answered \`toolChoice.any\` with "doesn't support the toolConfig.toolChoice.any
  field" (aws-samples/bedrock-access-gateway#92). The Nova tool-choice page now documents \`tool\`, \`any\` and \`auto\`, and a
  later real run confirmed \`tool\` on Nova Pro (pydantic/pydantic-ai#2802). The emulator accepts all three on every Nova model.
- **DeepSeek-V3.1 on InvokeModel.** The DeepSeek parameters page names the Invoke API for "R1 and V3.1" but shows only
  R1's \`prompt\` body; no page shows an InvokeModel body for V3.1. The legacy wrapper, whose runs are real, sends V3.1
  through Converse only (\`converse_api_only\`). The emulator answers InvokeModel for \`deepseek.v3-v1:0\` with
  "does not support the InvokeModel API" until a page shows the body.
- **\`tool_choice: none\` on Claude InvokeModel.** Anthropic's API accepts it; Bedrock answered
  "Input tag 'none' … does not match any of the expected tags: 'auto', 'any', 'tool'" (boto/botocore#3458). Rejected.
- **Claude Opus 4.7 id.** The legacy wrapper's \`anthropic.claude-opus-4-7-v1\` got "The provided model identifier is
  invalid." in its real runs; the AWS model card and adaptive-thinking page give \`anthropic.claude-opus-4-7\`.
- **Sampling on Opus 4.7 and newer.** Not in the adaptive-thinking page, but on the Opus 4.7 model card ("parameters
  change") and in real errors: "\`temperature\` is deprecated for this model." (Opus 4.7, 4.8 and 5). A temperature or
  top_p of exactly 1 (the default) is accepted; any top_k is rejected.
- **End of life.** The AWS card of Claude 3.5 Haiku gives 2026-06-19; real calls answered
  "ResourceNotFoundException: This model version has reached the end of its life." for it and for Claude 3.5 Sonnet
  v1/v2 and 3.7 Sonnet. Models marked *Legacy* answer "Access denied. This Model is marked by provider as Legacy …" only
  for accounts that have not used them lately; that depends on the account, so the emulator does not model it.
- **Reasoning replayed without a signature.** Real Bedrock answered "User messages cannot contain reasoning content"
  for unsigned \`reasoningContent\` in an *assistant* turn, to Claude (vercel/ai#7034) and to Nova replaying its own
  reasoning (can1357/oh-my-pi#9086). The emulator answers the same for Claude and Nova; other families are not known.
- **Claude 5.5 family.** The AWS cards of Opus 5.5 (adaptive thinking always on) and Haiku 5.5 (adaptive by default,
  can be turned off). Sonnet 5.5 (no AWS card found) takes \`thinking.type: "between_tools"\` and refuses \`disabled\`;
  Opus 5.5, Sonnet 5.5 and Fable 5.1 refuse forced tool use.
- **Temperature with top_p.** Real errors for Opus 4.1, Sonnet 4.5, Haiku 4.5 and Opus 4.5 on Converse, ConverseStream
  and InvokeModel. None was found for Claude Opus 4 / Sonnet 4 (4.0), which the emulator therefore lets through.

## Adaptive thinking, per model (AWS "Adaptive thinking" page, its newest version)

| model | \`adaptive\` | \`enabled\` + \`budget_tokens\` | \`disabled\` |
|---|---|---|---|
| Opus 4.6, Sonnet 4.6 | yes | yes (deprecated) | yes |
| Opus 4.7, Mythos Preview, Mythos 5, Fable 5, Mythos 5.1, Fable 5.1 | yes | 400 | 400 |
| Opus 5, Sonnet 5 | yes | 400 (observed on Sonnet 5 by a client library; Anthropic: "Claude 4.7 and later" reject it) | yes |
| Opus 4.8 (no AWS page found) | yes | 400 (as Opus 4.7) | 400 |
| Claude 3.7 – 4.5 | 400 | yes | yes |

\`output_config.effort\` is one of \`low\`, \`medium\`, \`high\`, \`xhigh\`, \`max\`, on InvokeModel at the top level and on
Converse in \`additionalModelRequestFields\`.
`;

export function renderRulesDoc(): string {
  const rules = allEmulatorRules();
  const scopes = [...new Set(rules.map(rule => rule.id.split('.')[0]))];
  const unsourcedOnly = rules.filter(rule => rule.source.every(s => sourceKind(s) === 'unsourced'));
  const sections = scopes.map(scope => {
    const rows = rules
      .filter(rule => rule.id.startsWith(`${scope}.`))
      .map(rule => `| \`${rule.id}\` | ${cell(rule.says)} | ${rule.source.map(link).join('<br>')} |`);
    return `### ${scope}\n\n| rule | what Bedrock does | sources |\n|---|---|---|\n${rows.join('\n')}\n`;
  });
  return `${RULES_NOTES}
## The rules (generated from the rule data)

${rules.length} rules; ${unsourcedOnly.length} of them rest only on \`unsourced\` notes (known risks).

${sections.join('\n')}`;
}

function yes(value: boolean): string {
  return value ? 'yes' : '—';
}
function apis(model: EmulatedModel): string {
  return [model.operations.invoke && 'Invoke', model.operations.converse && 'Converse']
    .filter(Boolean)
    .join(', ');
}
function thinking(model: EmulatedModel): string {
  if (!model.thinking) return model.reasoning === 'none' ? '—' : model.reasoning;
  const forms = (['adaptive', 'enabled', 'disabled'] as const).filter(form => model.thinking?.[form]);
  return forms.join(', ');
}

const MODELS_NOTES = `# Bedrock models the emulator knows

Generated from \`packages/emulator/src/models/emulated-models.ts\` (the emulator's own table; the provider's catalog is
written apart from it). Every row carries sources for its id, its features, its limits and its profiles; the
\`id\` sources are listed here, all four in the data. Read on 2026-12-01 (as stored copies, through excerpts): the
Converse "Supported models and model features" table (its translated copies hold the full table), the Claude
"Adaptive thinking" and "Extended thinking" pages (newest versions), the Claude Opus 4.6 and 4.7 model cards, the
Meta, Mistral text-completion and DeepSeek parameter pages, the DeepSeek V3.2 model card, Nova's complete request
schema and tool-choice pages, and "Supported Regions and models for inference profiles" (which now sends readers to
each model's card for its profile ids; the cards of the newest models were not found, so their profiles are
unsourced). The "Supported foundation models" page itself was not found in the stored copies.

## Added on 2026-12-01 (text models in known families that AWS documents and the table lacked)

| model id | source |
|---|---|
| \`anthropic.claude-opus-4-7\` (replaces \`anthropic.claude-opus-4-7-v1\`) | https://docs.aws.amazon.com/bedrock/latest/userguide/model-card-anthropic-claude-opus-4-7.html |
| \`anthropic.claude-fable-5-1\` | https://docs.aws.amazon.com/bedrock/latest/userguide/claude-messages-adaptive-thinking.html |
| \`anthropic.claude-mythos-5-1\` | https://docs.aws.amazon.com/bedrock/latest/userguide/claude-messages-adaptive-thinking.html |
| \`anthropic.claude-opus-5\` | https://docs.aws.amazon.com/bedrock/latest/userguide/claude-messages-adaptive-thinking.html |
| \`anthropic.claude-sonnet-5\` | https://docs.aws.amazon.com/bedrock/latest/userguide/claude-messages-adaptive-thinking.html |
| \`anthropic.claude-mythos-5\` | https://docs.aws.amazon.com/bedrock/latest/userguide/claude-messages-adaptive-thinking.html |
| \`anthropic.claude-fable-5\` | https://docs.aws.amazon.com/bedrock/latest/userguide/claude-messages-adaptive-thinking.html |
| \`anthropic.claude-mythos-preview\` | https://docs.aws.amazon.com/bedrock/latest/userguide/claude-messages-adaptive-thinking.html |
| \`anthropic.claude-opus-4-8\` (no AWS page found; real Bedrock errors and a \`global.\` profile in use) | https://github.com/logancyang/obsidian-copilot/pull/2601, https://github.com/andisearch/airun/releases/tag/v2.5.5 |
| \`anthropic.claude-opus-5-5\` | https://docs.aws.amazon.com/bedrock/latest/userguide/model-card-anthropic-claude-opus-5-5.html |
| \`anthropic.claude-haiku-5-5\` | https://docs.aws.amazon.com/bedrock/latest/userguide/model-card-anthropic-claude-haiku-5-5.html |
| \`anthropic.claude-sonnet-5-5\` (no AWS card found; the \`@ai-sdk/amazon-bedrock\` release that added it) | https://github.com/vercel/ai/releases/tag/@ai-sdk%2Famazon-bedrock@5.0.99 |

All of them are served only through cross-region profiles here (\`us.\`, \`eu.\`, \`apac.\`, \`global.\`; Sonnet 5:
\`us.\`, \`eu.\`, \`global.\`), take adaptive thinking, reject non-default sampling and write up to 128K tokens; which of
these facts are unsourced is in the data and in the known-risk list of \`test/sources.test.ts\`.

Not added: Claude Fable 5.2 (named on Anthropic's pages; no AWS page or Bedrock id found), Amazon Nova Premier (its
AWS card gives an end of life of 2026-09-14), Nova 2 Pro (no Bedrock id found).

## Past their end of life

Claude 3.5 Sonnet (v1 and v2), 3.7 Sonnet, 3.5 Haiku and 3 Haiku stay in the table marked \`endOfLife\`: every call to
them answers \`ResourceNotFoundException\` (404) "This model version has reached the end of its life. Please refer to
the AWS documentation for more details.", as real Bedrock did (see \`model-id.endOfLife\` in docs/emulator-rules.md).
Claude 2 and Claude 3 Sonnet are kept as they were (recorded fixtures use them; no end-of-life answer was found).
`;

export function renderModelsDoc(): string {
  const rows = allEmulatedModels().map(model =>
    [
      `\`${model.id}\``,
      model.family + (model.variant ? ` (${model.variant})` : ''),
      apis(model),
      yes(model.tools.converse || model.tools.invoke) +
        (model.tools.forcedChoice
          ? model.tools.specificChoice === false
            ? ', forced (any only)'
            : ', forced'
          : ''),
      yes(model.vision.converse),
      yes(model.documents.converse),
      yes(model.systemPrompt),
      thinking(model),
      String(model.maxOutputTokens),
      model.access === 'profile-only'
        ? `profiles only: ${model.profiles.join(', ')}`
        : ['on demand', ...model.profiles].join(', '),
      model.sources.id.map(link).join('<br>'),
    ].join(' | '),
  );
  return `${MODELS_NOTES}
## The table (generated)

| id | family | APIs | tools | vision | documents (Converse) | system (Converse) | reasoning | max output | access | id sources |
|---|---|---|---|---|---|---|---|---|---|---|
${rows.map(row => `| ${row} |`).join('\n')}
`;
}
