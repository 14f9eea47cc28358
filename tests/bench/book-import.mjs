// Budget (portfolio.md): importBook of a 10,000-reservation portal export plus a 50,000-row reconciliation file
// in ≤ 2 s and ≤ 500 MB. Generates both files in memory, imports them with core's built output, prints the figures.
// Run after `npx tsc -b packages/cli`: node tests/bench/book-import.mjs
import { importBook } from '../../packages/core/dist/index.js';

const RESERVATIONS = 10_000;
const RECON_ROWS = 50_000;

const guid = (kind, i) =>
  `${kind}${i.toString(16).padStart(7, '0')}-1a2b-4c3d-8e4f-${(i * 7919).toString(16).padStart(12, '0').slice(-12)}`;
const tenant = (i) => guid('c', i % 400);
const us = (i) => `${1 + (i % 12)}/${1 + (i % 28)}/${2024 + (i % 3)}`;

function portalExport() {
  const lines = [
    'Name,Reservation Id,Reservation order Id,Status,Expiration date,Purchase date,Term,Scope,Scope subscription,Scope resource group,Type,Product name,Region,Quantity,Utilization % 1 Day,Utilization % 7 Day,Utilization % 30 Day,Deep link to reservation',
  ];
  const types = ['VirtualMachines', 'SqlDatabases', 'AppService', 'CosmosDb', 'ManagedDisk', 'DedicatedHost'];
  for (let i = 0; i < RESERVATIONS; i++) {
    const term = i % 3 === 0 ? '3 Years' : 'P1Y';
    const link = `https://portal.azure.com#@${tenant(i)}/resource/providers/microsoft.capacity/reservationOrders/${guid('a', i)}/reservations/${guid('b', i)}/overview`;
    lines.push(
      `"RI ${i}, ${types[i % 6]}",${guid('b', i)},${guid('a', i)},Succeeded,${us(i + 5)},${us(i)},${term},Single subscription,${guid('d', i % 900)},,${types[i % 6]},Standard_D${2 + (i % 6)}s_v5,eastus,${1 + (i % 5)},${i % 101},${(i * 3) % 101}.5,${(i * 7) % 101},${link}`,
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

function reconciliation() {
  const header =
    'PartnerId,CustomerId,CustomerName,CustomerDomainName,CustomerCountry,InvoiceNumber,MpnId,ResellerMpnId,OrderId,OrderDate,ProductId,SkuId,AvailabilityId,SkuName,ProductName,ChargeType,UnitPrice,Quantity,Subtotal,TaxTotal,Total,Currency,PriceAdjustmentDescription,PublisherName,PublisherId,SubscriptionDescription,SubscriptionId,ChargeStartDate,ChargeEndDate,TermAndBillingCycle,EffectiveUnitPrice,UnitType,AlternateId,BillableQuantity,BillingFrequency,PricingCurrency,PCToBCExchangeRate,PCToBCExchangeRateDate,MeterDescription,ReservationOrderId,CreditReasonCode,SubscriptionStartDate,SubscriptionEndDate,ReferenceId,ProductQualifiers,PromotionId,ProductCategory';
  const lines = [header];
  for (let r = 0; r < RECON_ROWS; r++) {
    // One New line per reservation, then monthly lines, cancels and licence rows (not reservations).
    const i = r % RESERVATIONS;
    const kind = r < RESERVATIONS ? 'New' : r % 10 === 0 ? 'Cancel' : r % 2 === 0 ? 'cycleCharge' : 'licence';
    const eur = i % 4 === 0;
    const monthly = i % 5 === 0;
    const order = kind === 'licence' ? '' : guid('a', i);
    const subtotal =
      kind === 'Cancel' ? `-${100 + (i % 900)}.25` : `${1000 + (i % 9000)}.${String(i % 100).padStart(2, '0')}`;
    lines.push(
      `6e1f2a3b-4c5d-4e6f-8a7b-9c0d1e2f3a4b,${tenant(i)},"Customer ${i % 400}, Inc.",c${i % 400}.onmicrosoft.com,US,G${String(r).padStart(9, '0')},6034453,,0ET2q${r},${us(i)},DZH318Z0BQ3P,00KR,DZH318Z0C1HT,Standard_D2s_v5,Reserved VM Instance,${kind === 'licence' ? 'New' : kind},,${1 + (i % 5)},${subtotal},0,${subtotal},${eur ? 'EUR' : 'USD'},,Microsoft,,Azure plan,${guid('d', i % 900)},${us(i)},${us(i + 1)},${i % 3 === 0 ? '3 Years' : '1 Year'},,,,${1 + (i % 5)},${monthly ? 'Monthly' : ''},USD,${eur ? '0.9234' : '1'},${us(i)},,${order},,${us(i)},${us(i + 1)},,,,Azure`,
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

const files = [
  { name: 'portal.csv', text: portalExport() },
  { name: 'recon.csv', text: reconciliation() },
];
const sizeMiB = files.reduce((sum, f) => sum + f.text.length, 0) / 2 ** 20;
const before = process.memoryUsage().rss;
const started = performance.now();
const cpuBefore = process.cpuUsage();
const result = importBook(files);
const seconds = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpuBefore);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
if (!result.ok) throw new Error(JSON.stringify(result.errors).slice(0, 500));
const reservations = result.value.book.customers.reduce((sum, c) => sum + c.reservations.length, 0);
const peakMiB = (process.resourceUsage().maxRSS * 1024) / 2 ** 20;
console.log(
  [
    `importBook: ${RESERVATIONS.toLocaleString('en')}-reservation portal export + ${RECON_ROWS.toLocaleString('en')}-row reconciliation (${sizeMiB.toFixed(1)} MiB of text)`,
    `  wall time        ${seconds.toFixed(2)} s   (budget 2 s: ${seconds <= 2 ? 'met' : 'MISS'}; CPU time ${cpuSeconds.toFixed(2)} s, GC threads included)`,
    `  peak memory      ${peakMiB.toFixed(0)} MiB (RSS, whole process; ${(before / 2 ** 20).toFixed(0)} MiB before the import; budget 500 MB: ${peakMiB * 2 ** 20 <= 500e6 ? 'met' : 'MISS'})`,
    `  book             ${result.value.book.customers.length} customers, ${reservations} reservations, ${result.value.problems.length} problems, ${result.value.needs.length} needs`,
    `  files            ${result.value.files.map((f) => `${f.name} ${f.used}/${f.rows} used`).join(', ')}`,
  ].join('\n'),
);
