// Writes a reservations CSV of `count` rows for the batch benchmark: mostly valid rows, a few bad ones, quoted fields.
import { once } from 'node:events';

const HEADER =
  'reservationId,reservationOrderId,product,term,billingPlan,start,quantity,price,currency,currentPrice,usdPerUnit,used,returnQuantity,note\n';

function guid(i) {
  const hex = i.toString(16).padStart(12, '0');
  return `00000000-0000-4000-8000-${hex}`;
}

function row(i) {
  const plan = i % 4 === 0 ? 'Monthly' : 'Upfront';
  const term = i % 3 === 0 ? 'P3Y' : 'P1Y';
  const month = String(1 + (i % 12)).padStart(2, '0');
  const day = String(1 + (i % 28)).padStart(2, '0');
  const price = i % 1000 === 999 ? '-5' : `${1000 + (i % 50_000)}.${String(i % 100).padStart(2, '0')}`;
  const currency = i % 10 === 0 ? 'EUR' : 'USD';
  const rate = currency === 'EUR' ? '1.08' : '';
  const current = i % 7 === 0 ? `${900 + (i % 40_000)}.00` : '';
  return `${guid(i)},${guid(i + 1)},virtual-machines,${term},${plan},2025-${month}-${day},${1 + (i % 4)},${price},${currency},${current},${rate},${i % 2 === 0},${1 + (i % 2)},"note, ""quoted"""\n`;
}

export async function writeReservationsCsv(stream, count) {
  stream.write(HEADER);
  let chunk = '';
  for (let i = 0; i < count; i++) {
    chunk += row(i);
    if (chunk.length > 1 << 16) {
      if (!stream.write(chunk)) await once(stream, 'drain');
      chunk = '';
    }
  }
  stream.end(chunk);
  await once(stream, 'finish');
}
