/**
 * A summary line of counted items parted by slashes, each a label, a dash and its count: "ҚК отыр. – 2 / ТК отыр. – 3 /
 * есеп тыңдау – 2 / мониторинг – 3 / дөңг. үстел – 1." (set 170), "засед. ОС – 4 / засед. ПК – 9 / мониторинги – 7". The
 * slashes part the items as semicolons would: written so, every item is read as the label and count it is, never as a
 * label whose words run on from the item before. Only where every part is such an item: "Өтініштер / Обращения – 8" names
 * one thing in two languages, "5 / 3 / 12" are a group's values (readSlashGroups).
 */
const ITEM = /^\s*[^\d\s/][^\d/]*?\s[-–—]\s*\d{1,5}(?:\s*\([^()/]*\))?\s*[.;]?\s*$/u;

export function slashItems(lines: string[]): void {
  for (let i = 0; i < lines.length; i++) {
    const parts = lines[i].split(/\s\/\s/u);
    if (parts.length < 3 || !parts.every((p) => ITEM.test(p))) continue;
    lines[i] = parts.map((p) => p.trim()).join('; ');
  }
}
