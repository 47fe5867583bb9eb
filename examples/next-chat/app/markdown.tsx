'use client';

import type { ComponentProps } from 'react';
import ReactMarkdown, { type Components } from 'react-markdown';

/**
 * Model output as Markdown, safely: react-markdown builds React elements from the Markdown syntax tree and never
 * injects raw HTML (HTML in the text is dropped: no rehype-raw), and its URL filter drops `javascript:` and other
 * unsafe link targets. Images are not loaded: a model (or a prompt injection it read) could otherwise make the
 * browser fetch any URL, with the conversation in its query string. They become plain links instead.
 */
const components: Components = {
  a: ({ node: _node, ...props }) => <a {...props} target="_blank" rel="noopener noreferrer nofollow" />,
  img: ({ src, alt }) =>
    typeof src === 'string' && src !== '' ? (
      <a href={src} target="_blank" rel="noopener noreferrer nofollow" className="md-image-link">
        [image: {alt || src}]
      </a>
    ) : (
      <span>[image: {alt}]</span>
    ),
  pre: ({ node: _node, ...props }: ComponentProps<'pre'> & { node?: unknown }) => (
    <pre {...props} className="md-code" data-testid="code-block" />
  ),
};

export function Markdown({ text }: { text: string }) {
  return (
    <div className="markdown" data-testid="text">
      <ReactMarkdown components={components} skipHtml>
        {text}
      </ReactMarkdown>
    </div>
  );
}
