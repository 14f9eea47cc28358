// The product catalog (R-gate, R-exchange.5): data with a source for every entry.
import { SOURCES } from './policies.js';
import type { IsoDate, ProductKey } from './types.js';

export type ProductFamily =
  | 'compute'
  | 'sql'
  | 'cosmos-db'
  | 'blob-storage'
  | 'managed-disks'
  | 'software-plan'
  | 'prepurchase'
  | 'savings-plan';

/** What each family is called, in English and Korean (R-exchange.5: exchanges stay within a family). */
export const productFamilies: Readonly<Record<ProductFamily, { readonly en: string; readonly ko: string }>> =
  Object.freeze({
    compute: { en: 'Compute', ko: '컴퓨팅' },
    sql: { en: 'SQL', ko: 'SQL' },
    'cosmos-db': { en: 'Cosmos DB', ko: 'Cosmos DB' },
    'blob-storage': { en: 'Blob storage', ko: 'Blob 스토리지' },
    'managed-disks': { en: 'Managed disks', ko: '관리 디스크' },
    'software-plan': { en: 'Software plan', ko: '소프트웨어 플랜' },
    prepurchase: { en: 'Pre-purchase plan', ko: '사전 구매 플랜' },
    'savings-plan': { en: 'Savings plan', ko: '절약 플랜' },
  });

export interface SavingsPlanCoverage {
  /** Covered no later than this date; where the source gives no earlier date, the gate's own date (2027-02-01). */
  readonly from: IsoDate;
  readonly source: string;
}

/** Compute: savings plans for compute were announced on 2022-10-12 (S3 lists the covered services). */
const COMPUTE_COVERAGE: SavingsPlanCoverage = { from: '2022-10-12', source: SOURCES.S3 };
/** SQL: the contract lists it as covered; S3 (2026-08-27) gives no date before the gate. */
const SQL_COVERAGE: SavingsPlanCoverage = { from: '2027-02-01', source: SOURCES.S3 };

export interface Product {
  readonly key: ProductKey;
  readonly family: ProductFamily;
  readonly refundable: boolean;
  readonly exchangeable: boolean;
  /**
   * Covered by savings plans, and since when: such reservations fall under the exchange gate (R-gate.3) from the later
   * of the gate and this date (R-gate.4). Null when not covered. Data, not code: a product that gains coverage gets a date.
   */
  readonly coveredBySavingsPlan: SavingsPlanCoverage | null;
  /** Products a return of this one may be traded in for across families (R-exchange.5). */
  readonly tradeInTo: readonly ProductKey[];
  /** Only bought, never returned (a trade-in target). */
  readonly purchaseOnly: boolean;
  readonly title: { readonly en: string; readonly ko: string };
  readonly source: string;
  readonly rules: readonly string[];
}

type Entry = Omit<Product, 'tradeInTo' | 'purchaseOnly' | 'rules'> &
  Partial<Pick<Product, 'tradeInTo' | 'purchaseOnly' | 'rules'>>;

function compute(key: ProductKey, en: string, ko: string, covered: boolean): Entry {
  return {
    key,
    family: 'compute',
    refundable: true,
    exchangeable: true,
    coveredBySavingsPlan: covered ? COMPUTE_COVERAGE : null,
    tradeInTo: ['savings-plan-compute'],
    title: { en, ko },
    source: SOURCES.S1,
  };
}

function reservation(key: ProductKey, family: ProductFamily, en: string, ko: string, covered: boolean): Entry {
  return {
    key,
    family,
    refundable: true,
    exchangeable: true,
    coveredBySavingsPlan: covered ? SQL_COVERAGE : null,
    title: { en, ko },
    source: SOURCES.S1,
  };
}

function neverReturned(key: ProductKey, family: ProductFamily, en: string, ko: string): Entry {
  return {
    key,
    family,
    refundable: false,
    exchangeable: false,
    coveredBySavingsPlan: null,
    title: { en, ko },
    source: SOURCES.S1,
    rules: ['R-gate.1'],
  };
}

const entries: Entry[] = [
  compute('virtual-machines', 'Virtual machines', '가상 머신', true),
  compute('dedicated-host', 'Dedicated hosts', '전용 호스트', true),
  compute('app-service', 'App Service', 'App Service', true),
  compute('azure-vmware-solution', 'Azure VMware Solution', 'Azure VMware Solution', false),
  reservation('sql-database', 'sql', 'SQL Database', 'SQL Database', true),
  reservation('sql-managed-instance', 'sql', 'SQL Managed Instance', 'SQL Managed Instance', true),
  reservation('sql-elastic-pool', 'sql', 'SQL elastic pools', 'SQL 탄력적 풀', true),
  reservation('cosmos-db', 'cosmos-db', 'Azure Cosmos DB', 'Azure Cosmos DB', false),
  reservation('blob-storage', 'blob-storage', 'Blob storage', 'Blob 스토리지', false),
  reservation('managed-disks', 'managed-disks', 'Managed disks', '관리 디스크', false),
  neverReturned('red-hat-plan', 'software-plan', 'Red Hat plans', 'Red Hat 플랜'),
  neverReturned('suse-linux-plan', 'software-plan', 'SUSE Linux plans', 'SUSE Linux 플랜'),
  neverReturned(
    'databricks-prepurchase',
    'prepurchase',
    'Azure Databricks pre-purchase plan',
    'Azure Databricks 사전 구매 플랜',
  ),
  {
    ...neverReturned('savings-plan-compute', 'savings-plan', 'Savings plan for compute', '컴퓨팅용 절약 플랜'),
    purchaseOnly: true,
    source: SOURCES.S3,
    rules: ['R-gate.1', 'R-exchange.5'],
  },
];

export const products: readonly Product[] = Object.freeze(
  entries.map((entry) =>
    Object.freeze({
      tradeInTo: [],
      purchaseOnly: false,
      rules: ['R-exchange.5'],
      ...entry,
    }),
  ),
);

export function productByKey(key: string): Product | undefined {
  return products.find((product) => product.key === key);
}
