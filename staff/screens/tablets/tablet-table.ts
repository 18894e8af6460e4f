/**
 * The table of a practice's tablets (a template, not an element): name, location, status in words with its shape
 * and colour and why, last seen ("3 minutes ago"), app version, waiting and refused submissions, battery, and for
 * admins a Retire button named with the tablet ("Retire Front desk tablet"). Names are staff's own text: shown as
 * text.
 */
import { html, nothing } from 'lit';
import type { StaffLanguage } from '../../../src/core/staff-api.js';
import type { Tablet } from '../../../src/core/tablets-api.js';
import { fill, type StaffStrings } from '../../i18n/index.js';
import { staffTime } from '../../format/time.js';
import { agoWords, batteryWords, concernWords, statusWords } from '../../format/tablet-words.js';
import { tableBox } from '../../styles/table-box.js';

export interface TableOptions {
  tablets: readonly Tablet[];
  practiceName: string;
  /** The collector's clock when it judged them. */
  now: string;
  t: StaffStrings;
  lang: StaffLanguage;
  timeZone: string;
  canRetire: boolean;
  onRetire: (tablet: Tablet) => void;
}

function statusCell(tablet: Tablet, o: TableOptions) {
  const { words, shape } = statusWords(tablet.status, o.t);
  const why =
    tablet.status === 'retired' && tablet.retiredAt
      ? fill(o.t.retiredOn, staffTime(tablet.retiredAt, o.lang, o.timeZone), tablet.retiredBy ?? '')
      : concernWords(tablet.concerns, o.t);
  return html`<td class="status ${tablet.status}">
    <span aria-hidden="true">${shape}</span> ${words}${why ? html`<span class="why">${why}</span>` : nothing}
  </td>`;
}

function row(tablet: Tablet, o: TableOptions) {
  const { t } = o;
  const none = t.noFigure;
  return html`<tr>
    <td class="name words">${tablet.name}</td>
    <td class="words">${tablet.location}</td>
    ${statusCell(tablet, o)}
    <td>
      ${
        tablet.lastSeenAt
          ? html`<time datetime=${tablet.lastSeenAt} title=${staffTime(tablet.lastSeenAt, o.lang, o.timeZone)}
            >${agoWords(tablet.lastSeenAt, o.now, o.lang)}</time
          >`
          : t.neverSeen
      }
    </td>
    <td class="words">${tablet.appVersion ?? none}</td>
    <td>${tablet.waiting ?? none} / ${tablet.undeliverable ?? none}</td>
    <td>${batteryWords(tablet, t, o.lang)}</td>
    ${
      o.canRetire
        ? html`<td>
          ${
            tablet.status === 'retired'
              ? nothing
              : html`<button type="button" @click=${() => o.onRetire(tablet)}>
                ${t.retire}<span class="visually-hidden"> ${tablet.name}</span>
              </button>`
          }
        </td>`
        : nothing
    }
  </tr>`;
}

export function tabletTable(o: TableOptions) {
  const { t } = o;
  if (!o.tablets.length) return html`<p>${t.tabletsNone}</p>`;
  return tableBox({
    id: 'tablets-caption',
    caption: fill(t.tabletsTable, o.practiceName),
    head: [
      t.tabletName,
      t.tabletLocation,
      t.tabletStatus,
      t.tabletLastSeen,
      t.tabletVersion,
      t.tabletQueue,
      t.tabletBattery,
      ...(o.canRetire ? [t.tabletActions] : []),
    ],
    rows: o.tablets.map((tablet) => row(tablet, o)),
  });
}
