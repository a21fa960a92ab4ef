import { describe, it } from "vitest";
import { expectClean, expectFlag } from "./rubrics.fixture";

// A state placed on a side or owned by it, told with the state first: where it happens, shows up or
// stays, whom it belongs to, whose state it is. Every state of the model, not only TIME_WAIT.
describe("a state placed on a side named after it", () => {
  it("is that side's state, in English", () => {
    expectFlag("iv-why-time-wait", "TIME_WAIT belongs to the side that closes second.", "time-wait-on-server");
    expectFlag("iv-why-time-wait", "TIME_WAIT sockets pile up on the server after every request.", "time-wait-on-server");
    expectFlag("iv-four-way", "FIN_WAIT_2 is a state of the passive closer.", "wrong-state-for-side");
    expectFlag("iv-four-way", "LAST_ACK happens on the active close side.", "wrong-state-for-side");
    expectFlag("iv-three-way", "SYN_RCVD belongs to the client.", "wrong-state-for-side");
    expectFlag("iv-three-way", "SYN_SENT is a server-side state.", "server-enters-syn-sent");
  });
  it("is that side's state, in Korean", () => {
    expectFlag("iv-why-time-wait", "TIME_WAIT는 수동적으로 닫는 쪽에서 발생한다.", "time-wait-on-server");
    expectFlag("iv-why-time-wait", "TIME_WAIT는 나중에 연결을 끊는 쪽에 남는다.", "time-wait-on-server");
    expectFlag("iv-why-time-wait", "TIME_WAIT 상태는 패시브 클로저 쪽에서 생긴다.", "time-wait-on-server");
    expectFlag("iv-four-way", "LAST_ACK는 먼저 끊는 쪽의 상태이다.", "wrong-state-for-side");
    expectFlag("iv-three-way", "SYN_SENT는 서버 쪽 상태다.", "server-enters-syn-sent");
  });
  it("keeps the right side, a denial and a condition clean", () => {
    expectClean("iv-why-time-wait", "TIME_WAIT belongs to the side that sends the first FIN.");
    expectClean("iv-four-way", "CLOSE_WAIT piles up on the server when the application forgets to call close().");
    expectClean("iv-four-way", "LAST_ACK is a state of the passive closer.");
    expectClean("iv-three-way", "SYN_RECEIVED happens on the server after it gets the SYN.");
    expectClean("iv-three-way", "LISTEN is a server-side state.");
    expectClean("iv-why-time-wait", "TIME_WAIT는 먼저 연결을 끊는 쪽에서 발생한다.");
    expectClean("iv-why-time-wait", "TIME_WAIT는 서버에서 발생하지 않는다.");
    expectClean("iv-four-way", "CLOSE_WAIT 상태는 서버 쪽에 쌓인다. 서버가 close()를 호출하지 않았기 때문이다.");
    expectClean("iv-four-way", "FIN_WAIT_2는 클라이언트 측의 상태이다.");
    expectClean("iv-three-way", "SYN_RCVD는 서버 쪽 상태다.");
    expectClean("iv-why-time-wait", "If the server closes first, TIME_WAIT shows up on the server.");
    expectClean("iv-why-time-wait", "서버가 먼저 연결을 끊으면 TIME_WAIT는 서버에 남는다.");
  });
});

// The side that closes first named by a gloss on a side: "(which is the active closer here)", "when
// the server is the active closer", "서버가 액티브 클로저인 경우".
describe("a side glossed as the one that closes first or second", () => {
  it("makes that side's TIME_WAIT right", () => {
    expectClean("iv-why-time-wait", "TIME_WAIT sockets appear on the server (which is the active close side here).");
    expectClean("iv-why-time-wait", "TIME_WAIT sockets show up on the server when the server is the active closer.");
    expectClean("iv-why-time-wait", "서버가 액티브 클로저인 경우 TIME_WAIT는 서버에 남는다.");
    expectClean("iv-why-time-wait", "The client enters TIME_WAIT, but if the server is the active closer, the server does.");
  });
  it("still flags the other side's TIME_WAIT", () => {
    expectFlag("iv-why-time-wait", "TIME_WAIT sockets show up on the server, which is the passive closer.", "time-wait-on-server");
    expectFlag("iv-why-time-wait", "The client enters TIME_WAIT when the server is the active closer.", "time-wait-on-server");
  });
});
