/** The banks on the chooser, in the order the national identification service shows them. */
export const testBanks = [
  { id: 'nordea', name: 'Nordea' },
  { id: 'op', name: 'OP' },
  { id: 'danske', name: 'Danske Bank' },
  { id: 'handelsbanken', name: 'Handelsbanken' },
  { id: 'aktia', name: 'Aktia' },
  { id: 's-pankki', name: 'S-Pankki' },
  { id: 'pop', name: 'POP Pankki' },
  { id: 'saastopankki', name: 'Säästöpankki' },
  { id: 'oma-saastopankki', name: 'Oma Säästöpankki' },
  { id: 'alandsbanken', name: 'Ålandsbanken' },
] as const;

export type TestBank = (typeof testBanks)[number];
export type BankId = TestBank['id'];

export function findBank(id: string): TestBank | undefined {
  return testBanks.find((bank) => bank.id === id);
}
