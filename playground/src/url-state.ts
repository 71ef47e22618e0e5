/**
 * The whole page state (code, options, example) in the URL hash, so a link reproduces it.
 *
 * Format: `#z=<base64url of deflate-raw(JSON)>` where the browser has CompressionStream (every
 * current browser), else `#j=<base64url of UTF-8 JSON>`. Both are read back; anything else in the
 * hash is ignored and the page starts from the default example.
 */

export interface PageState {
  readonly code: string;
  readonly example: string;
  readonly virtualTime: boolean;
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

async function pipe(bytes: Uint8Array, transform: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(transform);
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

export async function encodeState(state: PageState): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify({ c: state.code, e: state.example, v: state.virtualTime }));
  if (typeof CompressionStream === "function") {
    return `#z=${toBase64Url(await pipe(json, new CompressionStream("deflate-raw")))}`;
  }
  return `#j=${toBase64Url(json)}`;
}

function parseState(json: string): PageState | undefined {
  const data: unknown = JSON.parse(json);
  if (typeof data !== "object" || data === null) return undefined;
  const { c, e, v } = data as Record<string, unknown>;
  if (typeof c !== "string") return undefined;
  return { code: c, example: typeof e === "string" ? e : "", virtualTime: v === true };
}

/** The state in `hash`, or undefined when the hash holds none (or a damaged one). */
export async function decodeState(hash: string): Promise<PageState | undefined> {
  const match = /^#([zj])=([A-Za-z0-9_-]*)$/.exec(hash);
  if (!match) return undefined;
  try {
    const bytes = fromBase64Url(match[2]);
    const json = match[1] === "z" ? await pipe(bytes, new DecompressionStream("deflate-raw")) : bytes;
    return parseState(new TextDecoder().decode(json));
  } catch (error) {
    console.warn("py2ts playground: ignoring a damaged URL hash", error);
    return undefined;
  }
}
