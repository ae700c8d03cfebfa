/** Requests to the converter host over a port. */
import { describe, expect, it } from 'vitest';
import { ConverterClient, serveConverterPort, type PortLike } from '../../../lib/convert/port';
import { ConverterHost } from '../../../lib/convert/host';
import { requestBatch } from '../../../lib/convert/protocol';

/** Two connected fake ports; `host` null: nobody listens, the port closes at once. */
function pipe(serve: ((port: PortLike) => void) | null): PortLike {
  const listeners = { a: [] as ((m: unknown) => void)[], b: [] as ((m: unknown) => void)[], close: [] as (() => void)[] };
  const a: PortLike = {
    name: 'qingyue:converter',
    postMessage: (m) => queueMicrotask(() => listeners.b.forEach((l) => l(structuredClone(m)))),
    onMessage: { addListener: (cb) => listeners.a.push(cb) },
    onDisconnect: { addListener: (cb) => listeners.close.push(cb) },
  };
  const b: PortLike = {
    name: 'qingyue:converter',
    postMessage: (m) => queueMicrotask(() => listeners.a.forEach((l) => l(structuredClone(m)))),
    onMessage: { addListener: (cb) => listeners.b.push(cb) },
    onDisconnect: { addListener: () => undefined },
  };
  if (serve) serve(b);
  else queueMicrotask(() => listeners.close.forEach((l) => l()));
  return a;
}

describe('converter port', () => {
  it('carries requests and answers, in any order, and refuses malformed ones', async () => {
    const host = new ConverterHost();
    const client = new ConverterClient(() => pipe((port) => serveConverterPort(port, (m) => (m.type === 'qingyue:convert-text' ? host.convert(m) : host.prepare(m.to)))));
    const batch = requestBatch((request) => client.request(request));
    const [a, b] = await Promise.all([batch('tw', [['头', '发']], null), batch('cn', [['頭髮']], { script: 'hant', naive: false })]);
    expect(a.blocks).toEqual([['頭', '髮']]);
    expect(b.blocks).toEqual([['头发']]);
    await expect(client.request({ type: 'qingyue:converter-ping', to: 'xx' } as never)).rejects.toThrow('malformed request');
  });

  it('rejects when no host listens, and connects again next time', async () => {
    let hostUp = false;
    const client = new ConverterClient(() => pipe(hostUp ? (port) => serveConverterPort(port, async () => ({ ready: true })) : null));
    await expect(client.request({ type: 'qingyue:converter-ping', to: 'tw' })).rejects.toThrow('went away');
    hostUp = true;
    await expect(client.request({ type: 'qingyue:converter-ping', to: 'tw' })).resolves.toEqual({ ready: true });
  });
});
