/**
 * Machines and vehicles named by a code after their noun (sweep24a: "truck RCV-12", "forklift FL-2", "tank
 * CT-2", "the compressor C-4"): the everyday things a key opens or starts (vans, trucks, printers) and plant.
 * Read by mood.ts (a code after the noun names the machine, not a unit) and surface.ts (a number after the
 * noun is the machine's, never joined into a unit's name: "deprovision washer 4", fixfollowups30).
 */
export const MACHINE_NOUNS = new Set(
  (
    'tank tanks pump pumps compressor compressors till tills kiosk kiosks engine engines generator generators ' +
    'boiler boilers crane cranes hoist machine machines scanner scanners baler balers autoclave chiller ' +
    'tractor tractors trailer trailers bus buses coach aircraft plane planes drone drones robot robots vessel ' +
    'boat ship camera cameras skip skips bin bins oven fryer ride rides excavator digger loader mower ' +
    // (fixfollowups30: a laundry's machines by their number, "deprovision washer 4 in the maintenance system",
    // "decommission dryer 2", "retire ironer 3": the plant's, never a unit.)
    'washer washers dryer dryers ironer ironers tumbler tumblers'
  ).split(' '),
);
