// A POSTed form, as PHP's $_POST sees it: urlencoded or multipart/form-data (the browser sends the
// quiz form as multipart, scripts usually urlencoded; Moodle takes both). A repeated name keeps its
// last value, as PHP does.
export function parseFormBody(contentType: string, body: string): Map<string, string> {
  const fields = new Map<string, string>();
  const boundary = /multipart\/form-data;.*boundary="?([^";]+)"?/i.exec(contentType)?.[1];
  if (boundary === undefined) {
    for (const [k, v] of new URLSearchParams(body)) fields.set(k, v);
    return fields;
  }
  for (const part of body.split(`--${boundary}`)) {
    const split = part.indexOf('\r\n\r\n');
    if (split < 0) continue;
    const name = /content-disposition:[^\r\n]*\bname="([^"]*)"/i.exec(part.slice(0, split))?.[1];
    if (name !== undefined) fields.set(name, part.slice(split + 4).replace(/\r\n$/, ''));
  }
  return fields;
}
