// The request a page handler sees and the response it returns: plain data, so handlers stay
// synchronous and testable without sockets.
export interface AppRequest {
  readonly method: string;
  readonly url: URL;
  readonly cookies: ReadonlyMap<string, string>;
  readonly contentType: string;
  readonly body: string;
}

export interface AppResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}
