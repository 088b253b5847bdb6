// fogcount from CommonJS: the same functions through require().
const { atLeast, exact, formatEstimate, overlaps, range } = require("fogcount");

const claimed = range(10_000, 12_000, "person");
const other = atLeast(11_000, "person", { strict: true });
console.log(`${formatEstimate(claimed)} and ${formatEstimate(other)} overlap: ${overlaps(claimed, other)}`);
if (!overlaps(claimed, other)) process.exitCode = 1;
if (formatEstimate(exact(2700, "person"), { unit: true }) !== "2,700 people") process.exitCode = 1;
