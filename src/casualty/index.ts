// fogcount/casualty: casualty breakdowns, their reconciliation and their ratios.
export {};
