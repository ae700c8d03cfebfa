/**
 * Requests to the converter host over one long-lived port. `runtime.sendMessage` reaches every
 * extension context (the service worker would wake up and parse each page's text only to ignore
 * it); a port named `qingyue:converter` connects only to the host, and keeps its channel open.
 */
import { isConverterMessage, type ConverterMessage } from './protocol';

export const CONVERTER_PORT = 'qingyue:converter';

/** The part of `runtime.Port` used here. */
export interface PortLike {
  name: string;
  postMessage(message: unknown): void;
  onMessage: { addListener(callback: (message: unknown) => void): void };
  onDisconnect: { addListener(callback: () => void): void };
}

interface Envelope {
  id: number;
  message?: unknown;
  result?: unknown;
  error?: string;
}

/** Host side: answers each well-formed request on `port` with `answer`. */
export function serveConverterPort(port: PortLike, answer: (message: ConverterMessage) => Promise<unknown>): void {
  port.onMessage.addListener((data) => {
    const { id, message } = (data ?? {}) as Envelope;
    if (typeof id !== 'number') return;
    if (!isConverterMessage(message)) {
      port.postMessage({ id, error: 'malformed request' });
      return;
    }
    answer(message).then(
      (result) => port.postMessage({ id, result }),
      (error: unknown) => port.postMessage({ id, error: error instanceof Error ? error.message : String(error) }),
    );
  });
}

/** Page side: one port, opened on first use and again after the host went away. */
export class ConverterClient {
  private port: PortLike | null = null;
  private nextId = 0;
  private readonly pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();

  constructor(private readonly connect: () => PortLike) {}

  /** Sends `message` to the host; rejects when there is no host (the port closes). */
  request(message: ConverterMessage): Promise<unknown> {
    const port = this.open();
    return new Promise((resolve, reject) => {
      const id = ++this.nextId;
      this.pending.set(id, { resolve, reject });
      try {
        port.postMessage({ id, message });
      } catch (error) {
        this.pending.delete(id);
        this.port = null;
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
  }

  private open(): PortLike {
    if (this.port) return this.port;
    const port = this.connect();
    this.port = port;
    port.onMessage.addListener((data) => {
      const { id, result, error } = (data ?? {}) as Envelope;
      const waiting = this.pending.get(id);
      if (!waiting) return;
      this.pending.delete(id);
      if (error !== undefined) waiting.reject(new Error(error));
      else waiting.resolve(result);
    });
    port.onDisconnect.addListener(() => {
      if (this.port === port) this.port = null;
      for (const waiting of this.pending.values()) waiting.reject(new Error('the converter went away'));
      this.pending.clear();
    });
    return port;
  }
}
