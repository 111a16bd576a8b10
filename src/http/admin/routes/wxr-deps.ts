// What the admin's Import/Export page needs (built by the composition root).
import type { WxrServices } from '../../../importers/wxr/wxr-services.ts';

/** WXR import and export for the owner. */
export type WxrAdminDeps = WxrServices;
