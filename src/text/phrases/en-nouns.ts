import { MAGNITUDE_ORDERS } from "../../estimate/magnitude.js";
import type { MagnitudeOrder } from "../../estimate/magnitude.js";

const PERSON_NOUNS = [
  "people", "person", "persons", "soldier", "soldiers", "troop", "troops", "worker", "workers", "laborer", "laborers",
  "labourer", "labourers", "civilian", "civilians", "refugee", "refugees", "casualty", "casualties", "fighter", "fighters",
  "personnel", "man", "men", "woman", "women", "child", "children", "prisoner", "prisoners", "pow", "pows", "detainee",
  "detainees", "hostage", "hostages", "migrant", "migrants", "resident", "residents", "militant", "militants",
  "combatant", "combatants", "conscript", "conscripts", "recruit", "recruits", "serviceman", "servicemen",
  "servicemembers", "service members", "officer", "officers", "volunteer", "volunteers", "mercenary", "mercenaries",
  "engineer", "engineers", "specialist", "specialists", "commander", "commanders", "deserter", "deserters",
  "evacuee", "evacuees", "deaths", "death", "fatalities", "fatality", "injuries", "injured", "wounded", "dead", "killed",
  "missing", "captured", "victims", "victim", "individuals", "inhabitants", "staff", "employees", "guards", "sailors",
  "pilots", "marines", "reservists", "insurgents", "rebels", "police", "policemen", "doctors", "nurses", "students",
  "children's", "displaced", "defectors", "defector", "citizens", "nationals", "draftees", "operatives", "advisers",
  "advisors", "instructors", "trainees", "cadets", "infantrymen", "paratroopers", "special forces", "protesters",
  "protestors", "demonstrators", "peacekeepers", "journalists", "diplomats", "delegates", "passengers", "crew",
  "crewmen", "patients", "orphans", "families", "households", "survivors", "captives", "asylum seekers",
  "troopers", "gunmen", "attackers", "defenders", "scientists", "technicians", "contractors",
  "miners", "farmers", "sailor", "pilot", "marine", "reservist", "insurgent", "rebel",
];

const THINGS: Readonly<Record<string, string>> = {
  shell: "shell", shells: "shell", "artillery rounds": "shell", round: "round", rounds: "round",
  missile: "missile", missiles: "missile", rocket: "rocket", rockets: "rocket", drone: "drone", drones: "drone",
  uav: "drone", uavs: "drone", container: "container", containers: "container", tank: "tank", tanks: "tank",
  vehicle: "vehicle", vehicles: "vehicle", aircraft: "aircraft", jet: "aircraft", jets: "aircraft", plane: "aircraft",
  planes: "aircraft", helicopter: "helicopter", helicopters: "helicopter", ship: "ship", ships: "ship",
  vessel: "vessel", vessels: "vessel", howitzer: "howitzer", howitzers: "howitzer", gun: "gun", guns: "gun",
  launcher: "launcher", launchers: "launcher", rifle: "rifle", rifles: "rifle", bomb: "bomb", bombs: "bomb",
  mine: "mine", mines: "mine", grenade: "grenade", grenades: "grenade", munition: "munition", munitions: "munition",
  system: "system", systems: "system", truck: "truck", trucks: "truck", train: "train", trains: "train",
  wagon: "wagon", wagons: "wagon", railcar: "railcar", railcars: "railcar", crate: "crate", crates: "crate",
  cartridge: "cartridge", cartridges: "cartridge", bullet: "bullet", bullets: "bullet", weapon: "weapon",
  weapons: "weapon", warhead: "warhead", warheads: "warhead", satellite: "satellite", satellites: "satellite",
  barrel: "barrel", barrels: "barrel", tonne: "tonne", tonnes: "tonne", ton: "ton", tons: "ton",
  kilometre: "km", kilometres: "km", kilometer: "km", kilometers: "km", km: "km", mile: "mile", miles: "mile",
  body: "body", bodies: "body", lb: "lb", lbs: "lb", "sq km": "km2", "square km": "km2",
  "square kilometres": "km2", "square kilometers": "km2", "square kilometre": "km2", "square kilometer": "km2",
  "sq miles": "mile2", "sq. km": "km2", "sq mi": "mile2", "sq. mi": "mile2", "sq. miles": "mile2", "square mi": "mile2", "square miles": "mile2", "square mile": "mile2", hectares: "ha", hectare: "ha", kilogram: "kg", kilograms: "kg", kg: "kg", village: "village", villages: "village", building: "building",
  buildings: "building", home: "home", homes: "home", house: "house", houses: "house", sortie: "sortie",
  sorties: "sortie", strike: "strike", strikes: "strike", attack: "attack", attacks: "attack", flight: "flight",
  flights: "flight", shipment: "shipment", shipments: "shipment", "percentage point": "percentage point",
  "percentage points": "percentage point",
};

/** English unit nouns, plural and singular, with their unit. @internal */
export const EN_UNITS: Readonly<Record<string, string>> = /* @__PURE__ */ (() => {
  const units: Record<string, string> = { ...THINGS };
  for (const noun of PERSON_NOUNS) units[noun] = "person";
  return units;
})();

/** Adjectives of money that say the sum is counted in an order: "billion-dollar". */
const DOLLAR_ORDERS: Readonly<Record<string, { readonly order: MagnitudeOrder; readonly currency: string }>> = {
  "million-dollar": { order: "millions", currency: "USD" },
  "multimillion-dollar": { order: "millions", currency: "USD" },
  "multi-million-dollar": { order: "millions", currency: "USD" },
  "billion-dollar": { order: "billions", currency: "USD" },
  "multibillion-dollar": { order: "billions", currency: "USD" },
  "multi-billion-dollar": { order: "billions", currency: "USD" },
  "trillion-dollar": { order: "trillions", currency: "USD" },
};

/** English words for orders of magnitude, with the order and any currency they imply. @internal */
export const EN_ORDERS: Readonly<Record<string, { readonly order: MagnitudeOrder; readonly currency?: string }>> = {
  ...Object.fromEntries(MAGNITUDE_ORDERS.map((order) => [order.replaceAll("-", " "), { order }])),
  "a couple hundred": { order: "a-couple-of-hundred" },
  "couple of hundred": { order: "a-couple-of-hundred" },
  "couple hundred": { order: "a-couple-of-hundred" },
  "several hundreds": { order: "several-hundred" },
  "several thousands": { order: "several-thousand" },
  "several dozens": { order: "several-dozen" },
  "many thousands": { order: "thousands" },
  "many millions": { order: "millions" },
  ...DOLLAR_ORDERS,
  ...Object.fromEntries(Object.entries(DOLLAR_ORDERS).map(([words, order]) => [`a ${words}`, order])),
};

