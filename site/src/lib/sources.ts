// The public documents the rule book cites (shared/spec/rules.md). Pages cite them as S1…S7.
export interface Source {
  id: string;
  title: string;
  url: string;
}

export const sources: readonly Source[] = [
  {
    id: 'S1',
    title: 'Azure docs: Self-service exchanges and refunds for Azure Reservations',
    url: 'https://learn.microsoft.com/azure/cost-management-billing/reservations/exchange-and-refund-azure-reservations',
  },
  {
    id: 'S3',
    title: 'Azure docs: Changes to the Azure reservation exchange policy',
    url: 'https://learn.microsoft.com/azure/cost-management-billing/reservations/reservation-exchange-policy-changes',
  },
  {
    id: 'S4',
    title: 'Azure docs: Prepare to buy a reservation (monthly billing)',
    url: 'https://learn.microsoft.com/azure/cost-management-billing/reservations/prepare-buy-reservation',
  },
  {
    id: 'S6',
    title: 'Partner Center docs: Manage, cancel, exchange, or refund Azure reservations for customers',
    url: 'https://learn.microsoft.com/partner-center/customers/azure-reservations-manage',
  },
  {
    id: 'S7',
    title: 'Azure REST API Microsoft.Capacity 2022-11-01 (calculateRefund, return, calculateExchange, exchange)',
    url: 'https://github.com/Azure/azure-rest-api-specs/tree/main/specification/reservations',
  },
];

/** The S-id for a source link, or the link itself when it is not one of ours. */
export function sourceLabel(url: string): string {
  return sources.find((source) => source.url === url)?.id ?? url;
}

export function sourceById(id: string): Source | undefined {
  return sources.find((source) => source.id === id);
}
