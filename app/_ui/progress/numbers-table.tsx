"use client";

// A client component only so its rows travel as plain arrays rather than as a rendered
// element tree (the server would otherwise send every cell twice: as HTML and in the payload).
/**
 * The numbers behind a chart, for screen readers and for anyone who would rather read them.
 * `nowrap` keeps every cell on one line and lets the box scroll sideways instead: for a table of
 * many columns, which a phone would otherwise squeeze into a letter or two per line.
 */
export function NumbersTable({
  summary,
  caption,
  headers,
  rows,
  nowrap = false,
}: {
  summary: string;
  caption: string;
  headers: string[];
  rows: (string | number)[][];
  nowrap?: boolean;
}) {
  return (
    <details className="mt-2 text-sm">
      <summary className="cursor-pointer text-muted underline-offset-4 hover:underline">{summary}</summary>
      <div className="mt-2 max-h-72 overflow-auto rounded border border-border" tabIndex={0} role="region" aria-label={caption}>
        <table className={`w-full border-collapse text-left tabular-nums ${nowrap ? "whitespace-nowrap" : ""}`}>
          <caption className="sr-only">{caption}</caption>
          <thead className="sticky top-0 bg-card">
            <tr>
              {headers.map((h) => (
                <th key={h} scope="col" className="border-b border-border px-2 py-1 font-medium">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              <tr key={i}>
                {row.map((cell, j) =>
                  j === 0 ? (
                    <th key={j} scope="row" className="px-2 py-0.5 font-normal">
                      {cell}
                    </th>
                  ) : (
                    <td key={j} className="px-2 py-0.5">
                      {cell}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
