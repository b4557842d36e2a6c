import type { FormDefinition } from '../types.ts';
import { ebikeCharging } from './ebikeCharging.ts';
import { floodSupplies } from './floodSupplies.ts';
import { hardshipLedger } from './hardshipLedger.ts';

/** The templates the designer starts from: 困难群众帮扶台账, 电动车违规充电排查, 防汛物资清点. */
export const FORM_TEMPLATES: readonly FormDefinition[] = [hardshipLedger, ebikeCharging, floodSupplies];
