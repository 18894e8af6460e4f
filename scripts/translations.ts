// npm run translations -- <lang>: a language's words beside the English as CSV on standard output, for a native
// speaker to review (docs/translations.md). Without a language: the languages shipped and how complete each is.
import { LANGUAGES } from '../src/translations/languages.js';
import { reviewCsv, reviewRows } from '../src/translations/review.js';

const lang = process.argv[2];
if (!lang) {
  for (const l of LANGUAGES.filter((l) => l !== 'en')) {
    const rows = reviewRows(l);
    const missing = rows.filter((r) => !r.translation).length;
    console.log(
      `${l.padEnd(8)} ${rows.length - missing}/${rows.length} strings${missing ? ` (${missing} shown in English)` : ''}`,
    );
  }
  console.log('\nnpm run translations -- <language> > review.csv   writes one language beside the English');
} else if (!(LANGUAGES as readonly string[]).includes(lang) || lang === 'en') {
  console.error(`No translation file for "${lang}". Languages: ${LANGUAGES.filter((l) => l !== 'en').join(', ')}.`);
  process.exitCode = 2;
} else process.stdout.write(reviewCsv(reviewRows(lang), lang));
