import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dist, launch, panel, reservationUrl, type Session, seedBook } from './harness';

// Out of the way: the panel never covers the portal's Essentials or its right-side panes, at 1024, 1280 and 1920 px;
// it docks left or right, minimizes to a tab, remembers its place and follows the portal's theme. Screenshots of each
// width are saved under screenshots/ (not committed) for a person to look at.
type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && a.x + a.width > b.x && a.y < b.y + b.height && a.y + a.height > b.y;

async function boxOf(page: Page, css: string): Promise<Box> {
  const box = await page.locator(css).first().boundingBox();
  if (!box) throw new Error(`${css} is not on screen`);
  return box;
}
const panelBox = (page: Page) => boxOf(page, 'refund-desk-root >> .rd-dock');

describe('panel placement', () => {
  let s: Session;
  beforeAll(async () => {
    s = await launch();
    await seedBook(s);
  });
  afterAll(async () => {
    await s?.close();
  });

  for (const width of [1024, 1280, 1920]) {
    it(`keeps clear of the Essentials and of a right-side pane at ${width} px`, async () => {
      const page = await s.ctx.newPage();
      await page.setViewportSize({ width, height: 800 });
      await page.goto(reservationUrl);
      await expect.poll(() => panel(page).getByTestId('estimate').count()).toBe(1);
      await page.waitForSelector('.fxc-essentials');
      await expect.poll(async () => overlaps(await panelBox(page), await boxOf(page, '.fxc-essentials'))).toBe(false);
      const docked = await panelBox(page);
      expect(docked.x + docked.width).toBeLessThanOrEqual(width);
      expect(docked.y + docked.height).toBeLessThanOrEqual(800);
      await page.screenshot({ path: `tests/e2e/extension/screenshots/panel-${width}.png` });

      // The portal opens its own pane on the right (Return, Exchange): the panel moves off it.
      await page.evaluate(() => (window as unknown as { openPane(): void }).openPane());
      await expect.poll(async () => overlaps(await panelBox(page), await boxOf(page, '.fxs-contextpane'))).toBe(false);
      expect(overlaps(await panelBox(page), await boxOf(page, '.fxc-essentials'))).toBe(false);
      await page.screenshot({ path: `tests/e2e/extension/screenshots/panel-${width}-pane.png` });
      await page.close();
    });
  }

  it('docks to the other edge, minimizes to a tab, and remembers both across pages', async () => {
    const page = await s.ctx.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(reservationUrl);
    const root = panel(page);
    await expect.poll(() => root.getByTestId('dock-other-side').count()).toBe(1);
    expect((await panelBox(page)).x).toBeGreaterThan(640);
    await root.getByTestId('dock-other-side').click();
    await expect.poll(async () => (await panelBox(page)).x).toBeLessThan(640);
    await root.getByTestId('panel-toggle').click();
    await expect.poll(() => root.getByTestId('panel-toggle').getAttribute('aria-expanded')).toBe('false');
    const tab = await panelBox(page);
    expect(tab.width).toBeLessThan(60);
    await page.screenshot({ path: 'tests/e2e/extension/screenshots/panel-minimized.png' });

    await page.reload();
    await expect.poll(() => root.getByTestId('panel-toggle').getAttribute('aria-expanded')).toBe('false');
    expect((await panelBox(page)).x).toBeLessThan(640);
    await root.getByTestId('panel-toggle').click();
    await expect.poll(() => root.getByTestId('estimate').count()).toBe(1);
    await root.getByTestId('dock-other-side').click();
    await expect.poll(async () => (await panelBox(page)).x).toBeGreaterThan(640);
    await page.close();
  });

  it('is reached early in the tab order: its toggle is the first stop on the page', async () => {
    const page = await s.ctx.newPage();
    await page.goto(reservationUrl);
    await expect.poll(() => panel(page).getByTestId('panel-toggle').count()).toBe(1);
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const host = document.activeElement;
      return host?.tagName === 'REFUND-DESK-ROOT' ? host.shadowRoot?.activeElement?.getAttribute('data-testid') : null;
    });
    expect(focused).toBe('panel-toggle');
    await page.close();
  });

  it("follows the portal's dark theme", async () => {
    const page = await s.ctx.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`https://portal.azure.com/?theme=dark${new URL(reservationUrl).hash}`);
    await expect.poll(() => panel(page).locator('.rd-dock').getAttribute('data-theme')).toBe('dark');
    await page.waitForSelector('.fxc-essentials');
    await expect.poll(async () => overlaps(await panelBox(page), await boxOf(page, '.fxc-essentials'))).toBe(false);
    await page.screenshot({ path: 'tests/e2e/extension/screenshots/panel-dark.png' });
    await page.close();
  });

  it('opens and closes on the keyboard command (the background passes it to the tab)', async () => {
    const page = await s.ctx.newPage();
    await page.goto(reservationUrl);
    const toggle = panel(page).getByTestId('panel-toggle');
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('true');
    // What the background's commands.onCommand does for 'toggle-panel': tell the active tab.
    await s.worker.evaluate(async () => {
      const api = (
        globalThis as unknown as {
          chrome: {
            tabs: {
              query(q: object): Promise<{ id: number; url?: string }[]>;
              sendMessage(id: number, m: object): Promise<unknown>;
            };
          };
        }
      ).chrome;
      const tabs = await api.tabs.query({});
      for (const tab of tabs) await api.tabs.sendMessage(tab.id, { type: 'panel/toggle' }).catch(() => {});
    });
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('false');
    await page.close();
  });

  it('has its own icons: PNGs of 16, 32, 48 and 128 px drawn at build time, opaque blue with a white arrow', () => {
    const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8'));
    expect(Object.keys(manifest.icons)).toEqual(['16', '32', '48', '128']);
    expect(manifest.action.default_icon).toEqual(manifest.icons);
    for (const [size, file] of Object.entries<string>(manifest.icons)) {
      const png = readFileSync(join(dist, file));
      expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([Number(size), Number(size)]);
      // One IDAT after the 13-byte IHDR: inflate it and look at the centre row's pixels (RGBA, filter byte first).
      const idatLength = png.readUInt32BE(33);
      expect(png.subarray(37, 41).toString('ascii')).toBe('IDAT');
      const raw = inflateSync(png.subarray(41, 41 + idatLength));
      const n = Number(size);
      expect(raw.length).toBe((n * 4 + 1) * n);
      const row = raw.subarray((n >> 1) * (n * 4 + 1) + 1, ((n >> 1) + 1) * (n * 4 + 1));
      const pixels = Array.from({ length: n }, (_, i) => [...row.subarray(i * 4, i * 4 + 4)]);
      expect(pixels.some(([r, g, b, a]) => a === 255 && b! > 150 && r! < 60 && g! < 140)).toBe(true);
      // the arrow: at 16 px its 1.6 px stroke is blended with the blue, but clearly lighter
      expect(Math.max(...pixels.map(([r]) => r!))).toBeGreaterThan(170);
    }
  });

  it('sent no request outside the fixtures and logged no console error', () => {
    expect(s.escaped).toEqual([]);
    expect(s.consoleErrors).toEqual([]);
  });
});
