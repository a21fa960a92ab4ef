import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readSocketTable } from "./sockets";

const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, "fixtures", name), "utf8");
const counts = (text: string) => {
  const by: Record<string, number> = {};
  for (const s of readSocketTable(text)) by[s.state] = (by[s.state] ?? 0) + 1;
  return by;
};

describe("readSocketTable", () => {
  it("reads ss -tan, ss -tanp and netstat -tan of the same moment alike", () => {
    const expected = { "TIME-WAIT": 31, "SYN-RECEIVED": 16, "CLOSE-WAIT": 12, "FIN-WAIT-2": 12, ESTABLISHED: 6, LISTEN: 1 };
    for (const file of ["piles.ss.txt", "piles.ssp.txt", "piles.netstat.txt"]) expect(counts(fixture(file)), file).toEqual(expected);
    expect(counts(fixture("close-wait.netstat-an.txt"))).toEqual({ LISTEN: 1, "TIME-WAIT": 5, "FIN-WAIT-2": 1, "CLOSE-WAIT": 1 });
  });

  it("names the owning process from ss -p and netstat -p", () => {
    expect(readSocketTable(fixture("piles.ssp.txt")).find((s) => s.state === "LISTEN")?.process).toMatch(/^python3 \(pid \d+\)$/);
    expect(readSocketTable("tcp        0      0 0.0.0.0:22              0.0.0.0:*               LISTEN      812/sshd: /usr/sbin")[0]?.process).toBe(
      "sshd (pid 812)",
    );
  });

  it("reads macOS and Windows netstat and ss -an with its Netid column, and skips UDP and UNIX rows", () => {
    const text = [
      "Active Internet connections (including servers)",
      "Proto Recv-Q Send-Q  Local Address          Foreign Address        (state)",
      "tcp4       0      0  127.0.0.1.3380         127.0.0.1.54321        CLOSE_WAIT",
      "tcp46      0      0  *.3380                 *.*                    LISTEN",
      "  TCP    0.0.0.0:135            0.0.0.0:0              LISTENING",
      "  TCP    127.0.0.1:3380         127.0.0.1:54321        TIME_WAIT",
      "Netid State  Recv-Q Send-Q Local Address:Port Peer Address:Port",
      "tcp   ESTAB  0      0      [fe80::1%eth0]:22 [fe80::2%eth0]:5555",
      "udp   UNCONN 0      0      0.0.0.0:68 0.0.0.0:*",
      "udp        0      0 0.0.0.0:68              0.0.0.0:*",
      "unix  2      [ ACC ]     STREAM     LISTENING     1234     /run/x.sock",
    ].join("\n");
    expect(readSocketTable(text).map((s) => [s.local, s.peer, s.state])).toEqual([
      ["127.0.0.1.3380", "127.0.0.1.54321", "CLOSE-WAIT"],
      ["*.3380", "*.*", "LISTEN"],
      ["0.0.0.0:135", "0.0.0.0:0", "LISTEN"],
      ["127.0.0.1:3380", "127.0.0.1:54321", "TIME-WAIT"],
      ["[fe80::1%eth0]:22", "[fe80::2%eth0]:5555", "ESTABLISHED"],
    ]);
  });

  it("finds nothing in text that is no socket table", () => {
    expect(readSocketTable("State of the art\nESTABLISHED is a word")).toEqual([]);
  });
});
