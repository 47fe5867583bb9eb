import type { BedrockApi } from '../catalog/model-catalog-types';

/** How errors and warnings name each API. */
export const API_NAMES: Record<BedrockApi, string> = { invoke: 'InvokeModel', converse: 'Converse' };
