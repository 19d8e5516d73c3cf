/**
 * JSON that is safe inside <script type="application/json">. JSON.stringify
 * leaves `</script>` and `<!--` intact, and either would end or confuse the
 * script element, letting input text become markup. Escaping <, >, & and the
 * JavaScript line separators U+2028/U+2029 as \uXXXX keeps the JSON value
 * identical while no character of the input can be read as HTML.
 */
const UNSAFE = /[<>&\u2028\u2029]/g;

export function toScriptJson(value: unknown): string {
  const json = JSON.stringify(value) ?? 'null';
  return json.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
