'use client';

import { useId, useState } from 'react';
import type { ChatModel } from '@/lib/chat-models';

/** A search box over a native select whose options are grouped by model family. */
export function ModelPicker({
  models,
  value,
  onChange,
}: {
  models: ChatModel[];
  value: string;
  onChange: (name: string) => void;
}) {
  const [query, setQuery] = useState('');
  const selectId = useId();
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const found = (model: ChatModel) =>
    words.every(word => `${model.name} ${model.family}`.toLowerCase().includes(word));
  // The chosen model stays listed, so the select never shows a model other than the one in use.
  const matches = (model: ChatModel) => model.name === value || found(model);
  const groups = new Map<string, ChatModel[]>();
  for (const model of models.filter(matches)) {
    const group = groups.get(model.family) ?? [];
    group.push(model);
    groups.set(model.family, group);
  }
  return (
    <div className="model-picker">
      <label htmlFor={selectId}>Model</label>
      <input
        type="search"
        data-testid="model-search"
        placeholder="Search models"
        aria-label="Search models"
        value={query}
        onChange={event => {
          setQuery(event.target.value);
          // Typing a name that leaves one other model picks it.
          const next = event.target.value.toLowerCase().split(/\s+/).filter(Boolean);
          const found = models.filter(model =>
            next.every(word => `${model.name} ${model.family}`.toLowerCase().includes(word)),
          );
          if (next.length > 0 && found.length === 1 && found[0]!.name !== value) onChange(found[0]!.name);
        }}
      />
      <select
        id={selectId}
        data-testid="model"
        value={value}
        onChange={event => onChange(event.target.value)}
      >
        {[...groups].map(([family, group]) => (
          <optgroup key={family} label={family}>
            {group.map(model => (
              <option key={model.name} value={model.name}>
                {model.name}
                {model.vision.invoke || model.vision.converse ? ' · vision' : ''}
                {model.reasoning !== 'none' ? ' · reasoning' : ''}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      {words.length > 0 && (
        <span className="hint" data-testid="model-count">
          {models.filter(found).length} found
        </span>
      )}
    </div>
  );
}
