import * as signalR from "@microsoft/signalr";
import type { GraphPayload } from "./types";

export type ConnectionState = "connecting" | "live" | "reconnecting" | "offline";

export interface LiveOptions {
  /** The revision the page holds now (asked for again after every reconnect). */
  revision: () => number;
  onDelta: (payload: GraphPayload) => void;
  onState: (state: ConnectionState, detail?: string) => void;
}

/**
 * The page's subscription to /hubs/graph. After connecting, and again after every reconnect, it calls
 * Subscribe(heldRevision) so the server sends whatever was missed (or a snapshot) before the live deltas.
 * When automatic reconnection gives up, it keeps retrying every few seconds so a restarted server is picked up.
 */
export class LiveConnection {
  private readonly connection: signalR.HubConnection;
  private stopped = false;
  private retryTimer: number | null = null;
  private failures = 0;

  constructor(private readonly options: LiveOptions) {
    this.connection = new signalR.HubConnectionBuilder()
      .withUrl("/hubs/graph")
      .withAutomaticReconnect({
        nextRetryDelayInMilliseconds: (context) => Math.min(10000, 500 * 2 ** Math.min(5, context.previousRetryCount)),
      })
      // The connection state is shown on the page; failed attempts need not fill the console too.
      .configureLogging(signalR.LogLevel.Critical)
      .build();
    this.connection.on("delta", (payload: GraphPayload) => this.options.onDelta(payload));
    this.connection.onreconnecting((error) => this.options.onState("reconnecting", error?.message));
    this.connection.onreconnected(() => void this.subscribe());
    this.connection.onclose((error) => {
      this.options.onState("offline", error?.message);
      this.scheduleRetry();
    });
  }

  async start(): Promise<void> {
    this.options.onState("connecting");
    try {
      await this.connection.start();
      await this.subscribe();
    } catch (error) {
      this.options.onState("offline", error instanceof Error ? error.message : String(error));
      this.scheduleRetry();
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.retryTimer !== null) window.clearTimeout(this.retryTimer);
    await this.connection.stop();
  }

  get state(): signalR.HubConnectionState {
    return this.connection.state;
  }

  private async subscribe(): Promise<void> {
    try {
      await this.connection.invoke("Subscribe", Math.max(0, this.options.revision()));
      this.failures = 0;
      this.options.onState("live");
    } catch (error) {
      this.options.onState("offline", error instanceof Error ? error.message : String(error));
    }
  }

  private scheduleRetry(): void {
    if (this.stopped || this.retryTimer !== null) return;
    const delay = Math.min(30000, 2000 * 2 ** Math.min(4, this.failures++));
    this.retryTimer = window.setTimeout(() => {
      this.retryTimer = null;
      if (this.connection.state === signalR.HubConnectionState.Disconnected) void this.start();
    }, delay);
  }
}
