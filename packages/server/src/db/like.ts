/**
 * A `LIKE ... ESCAPE '!'` pattern matching `text` anywhere. "!" is the escape character because a
 * backslash means different things inside MySQL and SQLite string literals.
 */
export function containsPattern(text: string): string {
  return `%${text.replace(/[!%_]/g, (c) => `!${c}`)}%`;
}
