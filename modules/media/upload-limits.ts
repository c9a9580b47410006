// Per-user upload limits. A writer illustrating a story uploads a handful of photos; these bounds leave
// room for a busy gallery while keeping a stolen or scripted staff session from filling the disk (or
// the bucket bill) and tying up sharp: 30 images in 10 minutes, and at most 200 MB of originals a day
// (twenty 10 MB camera files, far more than a normal day's work).
export interface UploadLimits {
  /** Most uploads one user may make within `windowSeconds`. */
  maxCount: number;
  windowSeconds: number;
  /** Most bytes (as received, before re-encoding) one user may upload within `daySeconds`. */
  maxBytes: number;
  daySeconds: number;
}

export const UPLOAD_LIMITS: UploadLimits = {
  maxCount: 30,
  windowSeconds: 10 * 60,
  maxBytes: 200 * 1024 * 1024,
  daySeconds: 24 * 60 * 60,
};
