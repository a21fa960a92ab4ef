import { normaliseState, type TcpState } from "../tcp/states";

// Reads socket tables: ss -tan / -tanp / -an (Linux), netstat -tan / -an (Linux, macOS and
// Windows spellings). A row is a TCP socket when it has a state, a local and a peer address;
// UDP, UNIX and header lines are skipped.

export type Socket = { line: number; local: string; peer: string; state: TcpState; process?: string };

// Spellings that the simulator's state names do not cover: Windows "LISTENING", netstat "CLOSE".
const EXTRA_STATES: Record<string, TcpState> = { LISTENING: "LISTEN", CLOSE: "CLOSED" };

function stateOf(token: string): TcpState | null {
  return EXTRA_STATES[token.toUpperCase()] ?? normaliseState(token);
}

// 127.0.0.1:3380, [::1]:3380, *:3380, 0.0.0.0:*, :::3380, ::1:52984, 127.0.0.53%lo:53, and
// macOS's 127.0.0.1.3380 or *.*; without -n, service names (localhost:http).
const ADDRESS = /^(?:\[[^\]]+\]|[\w.:%*-]*)[:.](?:\d+|\*|[a-z][\w-]*)$/;

function isAddress(token: string): boolean {
  return ADDRESS.test(token) && /[\d*]/.test(token);
}

export function readSocketTable(text: string): Socket[] {
  const sockets: Socket[] = [];
  let lineNo = 0;
  for (const raw of text.split("\n")) {
    lineNo++;
    if (raw.length > 1024) continue; // no socket table row is this long
    const tokens = raw.trim().split(/\s+/);
    const head = tokens[0]?.toLowerCase() ?? "";
    // netstat: tcp/tcp4/tcp6 Recv-Q Send-Q local peer STATE [pid/program]; Windows: TCP local peer STATE.
    // ss: STATE Recv-Q Send-Q local peer [process], or with -a: tcp STATE Recv-Q Send-Q local peer.
    let state: TcpState | null = null;
    let addresses: string[] = [];
    let rest: string[] = [];
    if (/^tcp(4|6|46)?$/.test(head)) {
      const s = tokens.findIndex((t, i) => i > 0 && !isAddress(t) && stateOf(t) !== null);
      if (s < 0) continue;
      state = stateOf(tokens[s]!);
      addresses = tokens.slice(1, s).filter(isAddress);
      rest = tokens.slice(s + 1);
      if (addresses.length < 2 && tokens[1] && stateOf(tokens[1])) {
        // ss -a: "tcp ESTAB 0 0 local peer"
        state = stateOf(tokens[1]);
        addresses = tokens.slice(2).filter(isAddress);
        rest = tokens.slice(2).filter((t) => !isAddress(t) && !/^\d+$/.test(t));
      }
    } else if (tokens[0] && stateOf(tokens[0]) && tokens[0] !== tokens[0].toLowerCase()) {
      state = stateOf(tokens[0]);
      addresses = tokens.slice(1).filter(isAddress);
      rest = tokens.slice(1).filter((t) => !isAddress(t) && !/^\d+$/.test(t));
    }
    if (!state || addresses.length < 2) continue;
    const socket: Socket = { line: lineNo, local: addresses[0]!, peer: addresses[1]!, state };
    const process = processName(rest.join(" "));
    if (process) socket.process = process;
    sockets.push(socket);
  }
  return sockets;
}

/** ss -p: users:(("python3",pid=4211,fd=3)); netstat -p: 4211/python3. */
function processName(text: string): string | undefined {
  const ss = /\(\("([^"]+)",pid=(\d+)/.exec(text);
  if (ss) return `${ss[1]} (pid ${ss[2]})`;
  const netstat = /^(\d+)\/([^\s:]+)/.exec(text);
  return netstat ? `${netstat[2]} (pid ${netstat[1]})` : undefined;
}
