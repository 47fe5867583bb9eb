import { listBedrockWrapperSupportedModels } from './list-bedrock-wrapper-supported-models';
import type { PerApi } from './model-catalog-types';

const apis = (value: PerApi) =>
  value.invoke && value.converse ? 'both' : value.invoke ? 'Invoke' : value.converse ? 'Converse' : '—';

/** The README's model table, made from the catalog (a test keeps the README equal to it). */
export function renderModelTable(): string {
  const rows = listBedrockWrapperSupportedModels().map(model =>
    [
      `\`${model.name}\``,
      `\`${model.modelId}\``,
      model.family,
      apis(model.apis),
      apis(model.vision),
      model.tools.invoke || model.tools.converse
        ? apis({ invoke: model.tools.invoke, converse: model.tools.converse })
        : '—',
      model.reasoning === 'none' ? '—' : model.reasoning,
      model.inferenceProfile === 'required'
        ? 'required'
        : model.inferenceProfile === 'optional'
          ? 'optional'
          : '—',
    ].join(' | '),
  );
  return [
    '| name | Bedrock model id | family | APIs | images | tools | reasoning | cross-region profile |',
    '|---|---|---|---|---|---|---|---|',
    ...rows.map(row => `| ${row} |`),
  ].join('\n');
}
