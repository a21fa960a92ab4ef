import { describe, it } from "vitest";
import { expectClean, expectFlag } from "./rubrics.fixture";

// Korean connectives after which the side named before still acts: "-고 나서", "-고 나면", "-고 난 뒤"
// (one predicate with its auxiliary 나다, a sequence like "-고"), and "-아서/-어서" under a topic
// (은/는), which holds over a cause as it does over a condition ("-면").
describe("a side named before '-고 나서 / -고 나면 / -고 난 뒤'", () => {
  it("is the side that then enters the state", () => {
    expectFlag("iv-four-way", "서버는 클라이언트의 마지막 ACK를 받고 나면 TIME_WAIT 상태가 된다.", "time-wait-on-server");
    expectFlag("iv-four-way", "서버는 마지막 ACK를 수신하고 나서 TIME_WAIT에 들어간다.", "time-wait-on-server");
    expectFlag("iv-four-way", "서버가 마지막 ACK를 받고 나서 TIME_WAIT 상태로 바뀐다.", "time-wait-on-server");
    expectFlag("iv-four-way", "서버는 ACK를 받고 난 뒤 TIME_WAIT 상태가 된다.", "time-wait-on-server");
  });
  it("keeps the right side clean", () => {
    expectClean("iv-four-way", "클라이언트는 서버의 FIN을 받고 나면 ACK를 보내고 TIME_WAIT 상태가 된다.");
    expectClean("iv-four-way", "클라이언트는 서버의 FIN을 받고 나서 마지막 ACK를 보낸 뒤 TIME_WAIT에 들어간다.");
    expectClean("iv-four-way", "서버는 마지막 ACK를 받고 나면 CLOSED 상태가 된다.");
  });
});

describe("a topic before '-아서 / -어서'", () => {
  it("holds over the cause", () => {
    expectFlag("iv-four-way", "서버는 마지막 ACK를 받아서 TIME_WAIT 상태가 된다.", "time-wait-on-server");
    expectClean("iv-four-way", "클라이언트는 서버의 FIN을 받아서 ACK를 보내고 TIME_WAIT에 들어간다.");
  });
  it("gives way to a side the main clause names", () => {
    expectClean("iv-four-way", "서버가 FIN을 보내서 클라이언트는 TIME_WAIT 상태가 된다.");
    expectClean("iv-four-way", "서버는 FIN을 보내서 클라이언트가 TIME_WAIT 상태에 들어가게 한다.");
  });
});
