/**
 * The converter host in a worker of the offscreen document: builds the dictionaries once and
 * converts blocks of pages for every tab (lib/convert/host.ts).
 */
import { ConverterHost } from '../../lib/convert/host';
import type { ConverterMessage } from '../../lib/convert/protocol';

const host = new ConverterHost();

async function answer(message: ConverterMessage): Promise<unknown> {
  switch (message.type) {
    case 'qingyue:converter-ping':
      return { ready: host.isReady(message.to) };
    case 'qingyue:converter-prepare':
      return host.prepare(message.to);
    case 'qingyue:convert-text':
      return host.convert(message);
  }
}

self.onmessage = (event: MessageEvent<{ id: number; message: ConverterMessage }>) => {
  const { id, message } = event.data;
  answer(message).then(
    (result) => self.postMessage({ id, result }),
    (error: unknown) => self.postMessage({ id, error: error instanceof Error ? error.message : String(error) }),
  );
};
