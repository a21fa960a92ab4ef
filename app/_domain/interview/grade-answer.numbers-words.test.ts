import { describe, it } from "vitest";
import { expectClean, expectFlag } from "./rubrics.fixture";

// ack-not-plus-one told in words, with the peer's number named as its sequence number, its ISN or its
// seq, whoever's it is said to be.
describe("an acknowledgement number said to equal the peer's number", () => {
  it("is ack-not-plus-one", () => {
    expectFlag("iv-three-way", "The server answers with SYN-ACK, acknowledgment number equal to the client's sequence number.", "ack-not-plus-one");
    expectFlag("iv-three-way", "The acknowledgment number in the SYN-ACK is the same as the client's ISN.", "ack-not-plus-one");
    expectFlag("iv-three-way", "SYN+ACK의 ACK 번호는 클라이언트의 ISN과 같다.", "ack-not-plus-one");
    expectFlag("iv-three-way", "서버가 보내는 확인 번호는 받은 seq와 동일하다.", "ack-not-plus-one");
  });
  it("is not read where one is added, or the equality is denied", () => {
    expectClean("iv-three-way", "The acknowledgment number in the SYN-ACK is equal to the client's sequence number plus one.");
    expectClean("iv-three-way", "The acknowledgment number is not equal to the client's ISN; it is the ISN + 1.");
    expectClean("iv-three-way", "ACK 번호는 클라이언트의 ISN과 같지 않고 1이 더 크다.");
    expectClean("iv-three-way", "SYN+ACK의 ACK 번호는 클라이언트의 ISN에 1을 더한 값이다.");
    expectClean("iv-three-way", "In the final ACK the sequence number is equal to the server's acknowledgment number.");
  });
});
