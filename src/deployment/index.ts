// fogcount/deployment: deployments in waves, their totals over time and net presence.
export {};
