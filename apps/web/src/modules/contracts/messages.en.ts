// English texts of linking contracts; the keys mirror messages.sr-Cyrl.ts.
export default {
  contracts: {
    title: 'Contracts',
    addTitle: 'Add a contract',
    lead: 'You find these on every bill: the billing number is at the top of the first page.',
    leadNatural: 'Enter the billing number and the customer’s JMBG from the contract.',
    leadLegal: 'Enter the billing number, the PIB and the company number of the legal entity or sole trader.',
    billingNumber: 'Billing number',
    jmbg: 'JMBG (personal number)',
    pib: 'PIB (tax number)',
    mb: 'Company number (MB)',
    submit: 'Add',
    notMatched:
      'These details match no contract. Check the billing number and the other details on your bill.',
    alreadyLinked: 'This contract is already linked to your account.',
    attemptsExceeded: 'Too many failed attempts. Please try again later.',
    added: 'The contract is linked. Metering points added ({count}):',
    addedNone: 'The contract is linked; all its metering points were in your overview already.',
    toOverview: 'Go to the overview',
    linked: 'Linked contracts',
    noneLinked: 'No contracts linked yet.',
    customerName: 'Customer',
    meteringPoints: 'Metering points',
    unlink: 'Remove',
    unlinkTitle: 'Remove contract {number}?',
    unlinkText:
      'The metering points of this contract ({count}) will no longer show in your overview. You can add the contract again with the same details.',
    unlinked: 'Contract {number} was removed.',
  },
};
