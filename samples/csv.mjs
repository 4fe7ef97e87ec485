/**
 * RFC 4180 CSV: fields separated by commas, quoted with "" (a quote opens quoting only at the
 * start of a field), quotes doubled inside, newlines inside quotes, CRLF or LF rows; blank lines
 * are skipped. Plain JavaScript so that `node samples/build-wikinews.mjs` runs without tsx; the
 * parser's TypeScript scripts import it too (types in csv.d.mts).
 * @param {string} text
 * @returns {string[][]}
 */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === "") quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      if (row.length > 1 || row[0] !== "") rows.push(row);
      row = [];
      field = "";
    } else field += c;
  }
  if (field !== "" || row.length) rows.push([...row, field]);
  return rows;
}
