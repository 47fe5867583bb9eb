import type { ReactNode } from 'react';
import './globals.css';

export const metadata = {
  title: 'Bedrock chat — @bedrock-wrapper/ai-provider',
  description: 'Chat with any AWS Bedrock model through the AI SDK',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
