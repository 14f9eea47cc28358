// Azure's reserved resource types (the portal export's `Type`, the API's `reservedResourceType`) → product keys, as
// data (R-book.6, proposed). Source: Microsoft.Capacity REST API, enum ReservedResourceType (azure-rest-api-specs,
// specification/reservations, 2022-11-01): VirtualMachines, SqlDatabases, SuseLinux, CosmosDb, RedHat,
// SqlDataWarehouse, VMwareCloudSimple, RedHatOsa, Databricks, AppService, ManagedDisk, BlockBlob, RedisCache,
// AzureDataExplorer, MySql, MariaDb, PostgreSql, DedicatedHost, SapHana, SqlAzureHybridBenefit, AVS, DataFactory,
// NetAppStorage, AzureFiles, SqlEdge, VirtualMachineSoftware. Types without a product in the catalog are left
// unmapped: the reservation then needs its product (R-book.3), it is never filed under a near one.
import type { ProductKey } from '../types.js';

const PRODUCT_BY_TYPE: Readonly<Record<string, ProductKey>> = {
  virtualmachines: 'virtual-machines',
  dedicatedhost: 'dedicated-host',
  appservice: 'app-service',
  avs: 'azure-vmware-solution',
  // SqlDatabases covers SQL Database vCores (one reservation serves single databases and elastic pools alike:
  // "SQL Database Single/Elastic Pool …") and managed instances; the product name says which, read below.
  sqldatabases: 'sql-database',
  cosmosdb: 'cosmos-db',
  blockblob: 'blob-storage',
  manageddisk: 'managed-disks',
  redhat: 'red-hat-plan',
  suselinux: 'suse-linux-plan',
  databricks: 'databricks-prepurchase',
};

/** The product key of a reserved resource type, undefined when the catalog has none for it. */
export function productOfType(type: string, productName = ''): ProductKey | undefined {
  const product =
    PRODUCT_BY_TYPE[
      type
        .trim()
        .toLowerCase()
        .replace(/[\s_-]+/g, '')
    ];
  if (product !== 'sql-database') return product;
  return /managed\s*instance/i.test(productName) ? 'sql-managed-instance' : product;
}
