/**
 * A tablet's setup link and its QR code: the kiosk's address with what the tablet needs (endpoint, practice,
 * location, survey, language, idle) as query parameters, and its device token in the fragment (`#device=pfd_…`).
 * The fragment is never sent to a server — not to this one's request log, not in a Referer — and the kiosk removes
 * it from the address bar as soon as it has stored it (kiosk/settings.ts `provisionFromUrl`). Front-desk staff scan
 * the code with the tablet's camera and never type a URL.
 */
import QRCode from 'qrcode';

export interface SetupLinkParts {
  /** Where the console is reached (`PUBLIC_URL`, else the address the request came to): the kiosk is beside it. */
  origin: string;
  /** The practice's endpoint path (`/api/feedback/p/<id>`). */
  endpoint: string;
  /** The practice's name, as the kiosk shows it. */
  practice: string;
  location: string;
  survey: string;
  lang: string;
  idleSeconds: number;
  token: string;
}

export function setupLink(parts: SetupLinkParts): string {
  const query = new URLSearchParams({
    endpoint: parts.endpoint,
    practice: parts.practice,
    location: parts.location,
    ...(parts.survey ? { survey: parts.survey } : {}),
    lang: parts.lang,
    idle: String(parts.idleSeconds),
  });
  return `${parts.origin}/kiosk/?${query.toString()}#device=${parts.token}`;
}

/** The link as an SVG QR code (error correction M: readable off a screen, a little smudge allowed). */
export function setupQrSvg(link: string): Promise<string> {
  return QRCode.toString(link, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
}
