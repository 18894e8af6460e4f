/** Languages written right to left, by primary subtag: Arabic, Urdu, Persian, Hebrew, Pashto, Yiddish, Dhivehi, Sorani. */
const RTL = /^(ar|ur|fa|he|ps|yi|dv|ckb)(-|$)/i;

/** The `dir` for text in `lang` (BCP 47): the layout mirrors for a right-to-left language. */
export const textDirection = (lang: string): 'rtl' | 'ltr' => (RTL.test(lang) ? 'rtl' : 'ltr');
