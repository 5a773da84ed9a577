// Page budgets (issue 13): Lighthouse (performance and accessibility, desktop and mobile) and axe-core
// on the login, Today, review and dashboard pages of a running portal, in Debian's Chromium.
// scripts/page-budgets.sh starts the portal from the production jar and runs this; run alone it needs
//   node page-budgets.mjs --base http://127.0.0.1:8080 [--user learner1] [--password studyportal-demo]
//        [--runs 3] [--chromium /usr/bin/chromium] [--out folder]
// The pages behind login are audited in the browser that logged in, with Lighthouse told not to clear
// its storage, so they are measured as a signed-in learner sees them (the session cookie is the login).
// Prints one line per figure and a Markdown table; exits 1 when a budget is missed.
import fs from 'node:fs';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { AxePuppeteer } from '@axe-core/puppeteer';

const BUDGET = { desktopPerformance: 90, accessibility: 95 };
const PAGES = [
  { name: 'login', path: '/login', signedIn: false, ready: 'vaadin-login-form' },
  { name: 'Today', path: '/', signedIn: true, ready: 'h1' },
  { name: 'review', path: '/review', signedIn: true, ready: 'h1, h2' },
  { name: 'dashboard', path: '/dashboard', signedIn: true, ready: 'study-chart' },
];

const args = parseArgs(process.argv.slice(2));
const base = (args.base ?? 'http://127.0.0.1:8080').replace(/\/$/, '');
const user = args.user ?? 'learner1';
const password = args.password ?? 'studyportal-demo';
const runs = Number(args.runs ?? 3);
const chromium = args.chromium ?? process.env.CHROME_PATH ?? '/usr/bin/chromium';
const out = args.out ? path.resolve(args.out) : null;
if (out) fs.mkdirSync(out, { recursive: true });

const rows = [];
let missed = false;

// The login page first, in a browser that has never logged in; then one browser that logs in once.
await withBrowser(async (browser, port) => {
  for (const page of PAGES.filter(p => !p.signedIn)) await audit(browser, port, page);
});
await withBrowser(async (browser, port) => {
  await logIn(browser);
  for (const page of PAGES.filter(p => p.signedIn)) await audit(browser, port, page);
});

console.log('\n| Page | Performance, desktop (median of ' + runs + ') | Performance, mobile | Accessibility | axe serious + critical |');
console.log('| --- | ---: | ---: | ---: | ---: |');
for (const r of rows) {
  console.log(`| ${r.page} (\`${r.path}\`) | ${r.desktop} (${r.desktopRuns.join(', ')}) | ${r.mobile} (${r.mobileRuns.join(', ')})`
    + ` | ${r.accessibility} | ${r.axeSerious}${r.axeIds.length ? ': ' + r.axeIds.join(', ') : ''} |`);
}
console.log(missed ? '\npage budgets: MISSED' : '\npage budgets: met');
process.exit(missed ? 1 : 0);

async function audit(browser, port, page) {
  const url = base + page.path;
  const desktopRuns = [];
  const mobileRuns = [];
  const accessibility = [];
  for (let i = 0; i < runs; i++) {
    const d = await runLighthouse(url, port, desktopConfig, `${page.name}-desktop-${i + 1}`);
    desktopRuns.push(d.performance);
    accessibility.push(d.accessibility);
    const m = await runLighthouse(url, port, undefined, `${page.name}-mobile-${i + 1}`);
    mobileRuns.push(m.performance);
    accessibility.push(m.accessibility);
  }
  const axe = await runAxe(browser, url, page);
  const row = {
    page: page.name, path: page.path,
    desktop: median(desktopRuns), desktopRuns, mobile: median(mobileRuns), mobileRuns,
    accessibility: Math.min(...accessibility),
    axeSerious: axe.length, axeIds: axe.map(v => `${v.id} (${v.impact}, ${v.nodes.length})`),
  };
  rows.push(row);
  const ok = row.desktop >= BUDGET.desktopPerformance && row.accessibility >= BUDGET.accessibility && row.axeSerious === 0;
  if (!ok) missed = true;
  console.log(`${page.name}: performance desktop ${row.desktop} [${desktopRuns}], mobile ${row.mobile} [${mobileRuns}],`
    + ` accessibility ${row.accessibility}, axe serious/critical ${row.axeSerious} ${ok ? 'OK' : 'MISSED'}`);
  for (const v of axe) {
    console.log(`  axe ${v.impact} ${v.id}: ${v.help}`);
    for (const n of v.nodes.slice(0, 5)) console.log(`    ${n.target.join(' ')} :: ${n.failureSummary?.split('\n').join(' ')}`);
  }
}

async function runLighthouse(url, port, config, name) {
  const result = await lighthouse(url, {
    port, output: 'json', logLevel: 'error',
    onlyCategories: ['performance', 'accessibility'],
    // Keeps the session cookie of the login: without it the pages behind login would be the login page.
    disableStorageReset: true,
  }, config);
  const lhr = result.lhr;
  if (lhr.runtimeError) throw new Error(`${name}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  if (new URL(lhr.finalDisplayedUrl).pathname !== new URL(url).pathname) {
    throw new Error(`${name}: Lighthouse ended on ${lhr.finalDisplayedUrl}, not ${url} (not signed in?)`);
  }
  if (out) fs.writeFileSync(path.join(out, name + '.json'), result.report);
  const failed = Object.values(lhr.categories.accessibility.auditRefs ? lhr.audits : {})
    .filter(a => a.score === 0 && lhr.categories.accessibility.auditRefs.some(r => r.id === a.id && r.weight > 0));
  if (failed.length) console.log(`  ${name}: Lighthouse accessibility failures: ${failed.map(a => a.id).join(', ')}`);
  return {
    performance: Math.round(lhr.categories.performance.score * 100),
    accessibility: Math.round(lhr.categories.accessibility.score * 100),
  };
}

async function runAxe(browser, url, page) {
  const tab = await browser.newPage();
  try {
    await tab.setViewport({ width: 1350, height: 940 });
    await tab.goto(url, { waitUntil: 'networkidle0' });
    await settle(tab, page.ready);
    const results = await new AxePuppeteer(tab).analyze();
    if (out) fs.writeFileSync(path.join(out, page.name + '-axe.json'), JSON.stringify(results.violations, null, 2));
    for (const v of results.violations.filter(v => v.impact !== 'serious' && v.impact !== 'critical')) {
      console.log(`  axe ${v.impact} (within budget) ${v.id}: ${v.help} (${v.nodes.length})`);
    }
    return results.violations.filter(v => v.impact === 'serious' || v.impact === 'critical');
  } finally {
    await tab.close();
  }
}

async function logIn(browser) {
  const tab = await browser.newPage();
  try {
    await tab.goto(base + '/login', { waitUntil: 'networkidle0' });
    await tab.waitForSelector("vaadin-login-form vaadin-text-field[name='username'] input");
    await tab.type("vaadin-login-form vaadin-text-field[name='username'] input", user);
    await tab.type("vaadin-login-form vaadin-password-field[name='password'] input", password);
    await Promise.all([
      tab.waitForNavigation({ waitUntil: 'networkidle0' }),
      tab.keyboard.press('Enter'),
    ]);
    await settle(tab, 'h1');
    if (new URL(tab.url()).pathname.startsWith('/login')) throw new Error(`Could not log in as ${user}`);
  } finally {
    await tab.close();
  }
}

/** Vaadin draws the view after the page loaded: wait for the view's element and for the server round trips to end. */
async function settle(tab, selector) {
  await tab.waitForSelector(selector, { timeout: 30000 });
  await tab.waitForNetworkIdle({ idleTime: 500, timeout: 30000 });
}

async function withBrowser(work) {
  const browser = await puppeteer.launch({
    executablePath: chromium,
    headless: true,
    // --no-sandbox: these machines run as root, where Chromium's sandbox does not start.
    args: ['--no-sandbox', '--disable-dev-shm-usage', '--remote-debugging-port=0'],
  });
  try {
    const port = Number(new URL(browser.wsEndpoint()).port);
    await work(browser, port);
  } finally {
    await browser.close();
  }
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function parseArgs(list) {
  const result = {};
  for (let i = 0; i < list.length; i++) {
    if (!list[i].startsWith('--')) throw new Error('Unexpected argument ' + list[i]);
    result[list[i].slice(2)] = list[i + 1];
    i++;
  }
  return result;
}
