// Technical text: code, log pastes, stack traces, shell commands. Genuine readers of a technical
// blog paste them, full of numbers (timestamps, ports, error codes, versions) that a text model
// trained on SMS and YouTube spam reads as "numbers, like spam". Spam almost never carries them.
// One count over marker families, read on case-preserved text; its weight is negative and capped
// (commercial.ts), so a spammer cannot buy much by pasting a stack trace.

const MARKERS = new RegExp(
  [
    // Times and timestamps: 14:02:11, 2024-03-18T14:02, 14:02:11,532
    '(?<!\\d)\\d{1,2}:\\d{2}:\\d{2}(?:[.,]\\d{1,6})?(?!\\d)',
    // Log levels and error words as logs write them
    '\\b(?:ERROR|WARN|WARNING|INFO|DEBUG|TRACE|FATAL|SEVERE|PANIC)\\b',
    '\\b(?:Traceback|Exception|Error|errno|segfault|stack trace|core dumped|exit(?:ed)? (?:with )?(?:code|status))\\b',
    // Stack frames: "at foo.bar (file.js:12:5)", 'File "x.py", line 3'
    '\\bat [\\w$.<>]+ \\(|File "[^"]+", line \\d+|\\.(?:js|ts|py|go|rs|java|rb|php|c|cpp|cs):\\d+',
    // Code: backticks (not a span that ends in a link: a URL ran on over its closing backtick until
    // 2026-12-07, and spam puts its link alone in backticks), operators, calls, hex, assignments ending in a semicolon
    '`[^`\\n]*[^`\\n\\s\uE000]\\s*`|=>|->|::|[!=]==?|&&|\\|\\||\\b\\w+\\(\\)|\\b0x[0-9a-fA-F]+\\b|\\b\\w+ = [^\\s;]+;',
    // Network tools' output and logs (2026-12-07, seventh session): an IPv4 address (octets up to 255,
    // so "2.126.521.750 views" is none; with its port or prefix), "port 5432", an absolute system path, a socket error, a lower-case log level in
    // brackets ("[warn]", nginx's); never inside a link (the link's own host is no paste)
    '(?<![\\w./:])(?:(?:25[0-5]|2[0-4]\\d|1?\\d?\\d)\\.){3}(?:25[0-5]|2[0-4]\\d|1?\\d?\\d)(?![\\w.])|\\bport \\d{2,5}\\b|(?<![\\w./])/(?:etc|var|usr|opt|srv|tmp|proc|data|mnt)/\\w|\\b(?:Connection (?:refused|timed out|reset)|No route to host|E(?:CONNREFUSED|TIMEDOUT|ADDRINUSE))\\b|\\[(?:warn|error|crit|notice|emerg)\\]',
    // Shell commands and flags
    '(?:^|\\n|\\$ )(?:npm|npx|yarn|pnpm|pip|git|sudo|docker|kubectl|apt(?:-get)?|brew|cargo|go|node|python3?) \\S+|\\s--[a-z][\\w-]+',
  ].join('|'),
  'g',
);

// Cheap guard: none of the markers can match without one of these characters or words.
const GUARD =
  /[:`=>&|(/[]|\d\.\d{1,3}\.\d|port|ERROR|WARN|INFO|DEBUG|TRACE|FATAL|SEVERE|PANIC|Traceback|Exception|Error|errno|segfault|stack|core|exit|File|0x|npm|npx|yarn|pnpm|pip|git|sudo|docker|kubectl|apt|brew|cargo|go |node|python|--/;

/** How many code/log markers a case-preserved text carries. */
export function countTechnicalMarkers(text: string): number {
  // The signal offsets numbers; a text with fewer than three digits and no backtick has nothing
  // to offset (and most comments stop here without running a regex).
  let digits = 0;
  for (let i = 0; i < text.length && digits < 3; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 48 && c <= 57) || c === 96) digits++;
  }
  if (digits < 3 || !GUARD.test(text)) return 0;
  MARKERS.lastIndex = 0;
  let n = 0;
  while (MARKERS.exec(text) !== null) n++;
  return n;
}
