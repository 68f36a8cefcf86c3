// End-to-end: ingest the sample articles, start `annals serve`, open the event browser in
// headless Chromium, filter to a dyad, open an event, check what is on the page and in a
// screenshot of it. Usage: node browser.test.mjs [path/to/annals] (default: target/release/annals).
import { chromium } from "playwright-core";
import { spawn, execFileSync } from "node:child_process";
import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import assert from "node:assert/strict";

const repo = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const annals = resolve(process.argv[2] ?? join(repo, "target/release/annals"));
const chromiumPath = process.env.CHROMIUM ?? "/usr/bin/chromium";
const dir = mkdtempSync(join(tmpdir(), "annals-e2e-"));
const db = join(dir, "annals.db");
execFileSync(annals, ["ingest", "--db", db, join(repo, "samples")], { stdio: "inherit" });

const server = spawn(annals, ["serve", "--db", db, "--bind", "127.0.0.1:0"], { stdio: ["ignore", "ignore", "pipe"] });
const base = await new Promise((ok, fail) => {
  let seen = "";
  server.stderr.on("data", d => {
    seen += d;
    const m = seen.match(/serving (http:\/\/[^/\s]+)\//);
    if (m) ok(m[1]);
  });
  server.on("exit", code => fail(new Error(`annals serve exited (${code}): ${seen}`)));
  setTimeout(() => fail(new Error("annals serve did not start: " + seen)), 20000);
});

const browser = await chromium.launch({ executablePath: chromiumPath, args: ["--no-sandbox"] });
let failed = false;
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  const errors = [];
  page.on("pageerror", e => errors.push(String(e)));
  page.on("console", m => { if (m.type() === "error") errors.push(m.text()); });
  await page.goto(base + "/");
  await page.waitForSelector("#events tbody tr.ev");

  // filter to the Canada–Brazil dyad: every listed event is between the two
  await page.fill('input[name="dyad"]', "CAN,BRA");
  await page.click('button[type="submit"]');
  await page.waitForFunction(() => {
    const rows = [...document.querySelectorAll("#events tbody tr.ev")];
    return rows.length > 0 && rows.every(r => /CAN.*BRA|BRA.*CAN/.test(r.cells[3].textContent));
  });
  const rows = await page.$$eval("#events tbody tr.ev", rs => rs.map(r => r.cells[2].textContent.trim()));
  assert.ok(rows.some(t => t.startsWith("042")), "a visit (042) is listed: " + rows.join(" | "));
  // the dyad timeline is drawn, and the map places the located events (Brasilia)
  await page.waitForSelector("#timeline svg rect");
  const places = await page.$$eval("#map g.dot title", ts => ts.map(t => t.textContent));
  assert.ok(places.some(t => t.startsWith("Bras")), "the map shows the visit's place: " + places.join(" | "));

  // open the top event: its evidence, with the matched words marked
  await page.click("#events tbody tr.ev");
  await page.waitForSelector("#detail .mention");
  const mentions = await page.$$eval("#detail .mention", ms => ms.length);
  assert.ok(mentions >= 1, "the event shows its mentions");
  const marked = await page.$$eval("#detail mark.verb", ms => ms.length);
  assert.ok(marked >= 1, "the verb that made the code is marked in a sentence");
  const outlets = await page.$$eval("#detail .mention .meta", ms => ms.map(m => m.textContent));
  assert.ok(outlets.every(t => /published/.test(t)), "each mention names its outlet and date");
  // the episode's other events, each with its two sides' codes
  const linked = await page.$$eval("#detail li", ls => ls.map(l => l.textContent));
  assert.ok(linked.length >= 3, "the event lists its episode's events: " + linked.join(" | "));
  assert.ok(linked.every(t => /[A-Z]{3}\S* → [A-Z]{3}/.test(t)), "each linked event names its sides: " + linked.join(" | "));

  mkdirSync(join(repo, "target/e2e"), { recursive: true });
  const shot = join(repo, "target/e2e/event-browser.png");
  const png = await page.screenshot({ path: shot, fullPage: true });
  // the screenshot itself: a PNG of the page, with the evidence highlight colours visible
  assert.equal(png.subarray(1, 4).toString(), "PNG");
  const colours = await page.evaluate(async (b64) => {
    const img = new Image();
    img.src = "data:image/png;base64," + b64;
    await img.decode();
    const c = document.createElement("canvas");
    c.width = img.width; c.height = img.height;
    const g = c.getContext("2d");
    g.drawImage(img, 0, 0);
    const d = g.getImageData(0, 0, c.width, c.height).data;
    const count = (r, gr, b) => { let n = 0; for (let i = 0; i < d.length; i += 4) if (Math.abs(d[i] - r) < 6 && Math.abs(d[i + 1] - gr) < 6 && Math.abs(d[i + 2] - b) < 6) n++; return n; };
    return { width: img.width, verb: count(0xfd, 0xe7, 0xb0), coop: count(0x2e, 0x7d, 0x4f) };
  }, png.toString("base64"));
  assert.equal(colours.width, 1400);
  assert.ok(colours.verb > 50, "the marked verb is visible in the screenshot: " + JSON.stringify(colours));
  assert.ok(colours.coop > 50, "the cooperation bars are visible in the screenshot: " + JSON.stringify(colours));
  assert.deepEqual(errors, [], "no script errors on the page");
  writeFileSync(join(repo, "target/e2e/result.json"), JSON.stringify({ rows, mentions, colours }, null, 1));
  console.log(`e2e: ok — ${rows.length} CAN–BRA events listed, ${mentions} mentions on the event page; screenshot ${shot}`);
} catch (e) {
  failed = true;
  console.error("e2e: FAILED", e);
} finally {
  await browser.close();
  server.kill();
}
process.exit(failed ? 1 : 0);
