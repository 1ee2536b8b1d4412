import type { ServerResponse } from 'node:http';

/**
 * Server-Sent Events to every open page: each contract event is sent with
 * the channel as the SSE event name and the payload as JSON data.
 */
export class EventStream {
  private readonly clients = new Set<ServerResponse>();
  private readonly heartbeat: NodeJS.Timeout;

  constructor() {
    // A comment line now and then keeps proxies and idle timeouts from closing the stream.
    this.heartbeat = setInterval(
      () => this.clients.forEach((client) => client.write(': keepalive\n\n')),
      15_000,
    );
    this.heartbeat.unref();
  }

  /** Takes over a response as an event stream until the page goes away. */
  attach(response: ServerResponse): void {
    response.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
    });
    response.write(': connected\n\n');
    this.clients.add(response);
    response.on('close', () => this.clients.delete(response));
  }

  send(channel: string, payload: unknown): void {
    // JSON never contains a raw newline, so one `data:` line carries the whole payload.
    const frame = `event: ${channel}\ndata: ${JSON.stringify(payload)}\n\n`;
    this.clients.forEach((client) => client.write(frame));
  }

  close(): void {
    clearInterval(this.heartbeat);
    this.clients.forEach((client) => client.end());
    this.clients.clear();
  }
}
