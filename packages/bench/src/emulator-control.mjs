/** Scripts the emulator over its HTTP control endpoints (the worker has no handle on the emulator object). */
export async function scriptReply(url, text, extra = {}) {
  await fetch(`${url}/_emulator/requests`, { method: 'DELETE' });
  const response = await fetch(`${url}/_emulator/script`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ reply: { text }, ...extra }),
  });
  if (!response.ok)
    throw new Error(`scripting the emulator failed: ${response.status} ${await response.text()}`);
}

export async function scriptReplies(url, text, times) {
  await fetch(`${url}/_emulator/requests`, { method: 'DELETE' });
  const response = await fetch(`${url}/_emulator/script`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ reply: { text }, times }),
  });
  if (!response.ok) throw new Error(`scripting the emulator failed: ${response.status}`);
}
