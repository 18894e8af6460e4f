/**
 * Fullscreen is only allowed in answer to a tap, so the start button asks for it. An installed kiosk already
 * runs fullscreen (manifest `display: fullscreen`); in a plain browser tab this hides the address bar and tabs.
 */
export async function enterFullscreen(doc: Document = document): Promise<void> {
  if (doc.fullscreenElement || !doc.fullscreenEnabled) return;
  if (matchMedia('(display-mode: fullscreen)').matches) return;
  try {
    await doc.documentElement.requestFullscreen({ navigationUI: 'hide' });
  } catch {
    // Refused (e.g. not from a tap, or an embedding frame without allowfullscreen): the kiosk works anyway.
  }
}
