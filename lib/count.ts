// "1 article", "2 articles", "1,100 claims": a number with its noun in the right form.
const rules = new Intl.PluralRules("en");

export function count(n: number, one: string, other = `${one}s`): string {
  return `${n.toLocaleString("en-US")} ${rules.select(n) === "one" ? one : other}`;
}
