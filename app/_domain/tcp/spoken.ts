// The order people say flags in ("SYN+ACK", "FIN+ACK"), not the header's bit order nor the
// alphabet's ("ACK+SYN"): one spelling everywhere a segment is named.
const SPOKEN = ["SYN", "FIN", "RST", "ACK", "PSH", "URG", "ECE", "CWR"];

const rank = (f: string) => {
  const i = SPOKEN.indexOf(f.toUpperCase());
  return i < 0 ? SPOKEN.length : i;
};

/** Flags joined as spoken: ["ACK", "SYN"] is "SYN+ACK". */
export function spokenFlags(flags: readonly string[]): string {
  return [...flags].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b)).join("+");
}
