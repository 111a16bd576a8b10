/** A WXR file that is not well-formed XML, is truncated, or is not a WXR export at all. */
export class WxrParseError extends Error {
  readonly code = 'WXR_PARSE_ERROR';

  constructor(
    readonly reason: string,
    /** 1-based line where the problem was detected. */
    readonly line: number,
    /** 1-based column (in Unicode characters) where the problem was detected. */
    readonly column: number,
    options?: { cause?: unknown },
  ) {
    super(`Malformed WXR file at line ${line}, column ${column}: ${reason}`, options);
    this.name = 'WxrParseError';
  }
}
