/**
 * How an API key that is not a bearer token travels. The client sends `Authorization: Bearer <key>` unless the
 * generated client names one of these in its config, so bundles of bearer-token APIs leave this file out.
 */

/** Puts the key on a request, and tells whether a request carries one. */
export interface Credential {
  /** Writes the key into `headers`, or returns `url` with it (else `url` unchanged). */
  readonly apply: (headers: Headers, url: string, key: string) => string;
  /**
   * Whether the request carries a key, checked after every header layer (the caller's headers may supply or remove
   * it); `false` rejects the call with the missing-key error.
   */
  readonly carried: (headers: Headers, key: string | undefined) => boolean;
}

/** The key as the value of its own header (`X-API-Key: <key>`). */
export function headerKey(name: string): Credential {
  return {
    apply: (headers, url, key) => {
      headers.set(name, key);
      return url;
    },
    carried: (headers) => headers.has(name),
  };
}

/** The key as a query parameter (`?api_key=<key>`), appended when the request is sent so it never reaches logs. */
export function queryKey(name: string): Credential {
  return {
    apply: (_headers, url, key) => `${url}${url.includes('?') ? '&' : '?'}${encodeURIComponent(name)}=${encodeURIComponent(key)}`,
    carried: (_headers, key) => Boolean(key),
  };
}

/** HTTP Basic authentication: the `apiKey` option is `user:password`, sent as `Authorization: Basic <base64>`. */
export const basicAuth: Credential = {
  apply: (headers, url, key) => {
    // UTF-8 first: `btoa` takes one byte per character.
    headers.set('Authorization', `Basic ${btoa(String.fromCharCode(...new TextEncoder().encode(key)))}`);
    return url;
  },
  carried: (headers) => headers.has('authorization'),
};
