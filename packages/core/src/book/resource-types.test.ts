import { describe, expect, it } from 'vitest';
import { productByKey } from '../products.js';
import { productOfType } from './resource-types.js';

describe('productOfType', () => {
  it('maps Azure’s reserved resource types to catalog products, as data', () => {
    const expected = {
      VirtualMachines: 'virtual-machines',
      SqlDatabases: 'sql-database',
      AppService: 'app-service',
      CosmosDb: 'cosmos-db',
      BlockBlob: 'blob-storage',
      ManagedDisk: 'managed-disks',
      RedHat: 'red-hat-plan',
      SuseLinux: 'suse-linux-plan',
      Databricks: 'databricks-prepurchase',
      AVS: 'azure-vmware-solution',
      DedicatedHost: 'dedicated-host',
    };
    for (const [type, product] of Object.entries(expected)) {
      expect(productOfType(type)).toBe(product);
      expect(productByKey(product)).toBeDefined();
    }
    expect(productOfType(' virtual machines ')).toBe('virtual-machines');
  });

  it('tells SQL managed instances apart by their product name; a vCore reservation serves databases and pools', () => {
    expect(productOfType('SqlDatabases', 'SQL Managed Instance General Purpose - Compute Gen5')).toBe(
      'sql-managed-instance',
    );
    expect(productOfType('SqlDatabases', 'SQL Database Single/Elastic Pool General Purpose - Compute Gen5')).toBe(
      'sql-database',
    );
  });

  it('leaves types without a catalog product unmapped instead of guessing', () => {
    for (const type of ['SqlDataWarehouse', 'RedisCache', 'MySql', 'VMwareCloudSimple', 'SapHana', '']) {
      expect(productOfType(type)).toBeUndefined();
    }
  });
});
