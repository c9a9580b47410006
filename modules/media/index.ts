// The media module's server entry: where uploads are stored (a folder or an S3 bucket), how an image
// is checked and cut into renditions and crops (sharp), and the media library's records. Server-only:
// nothing here is for a component (image addresses are lib/image-renditions.ts and lib/image-crops.ts).
export { mediaStorage } from './adapters/configured-storage';
export { cropImage } from './adapters/crop-image';
export {
  MAX_UPLOAD_BYTES,
  processImage,
  srcsetFor,
  UPLOAD_MESSAGES,
  UploadError,
  type ProcessedImage,
  type UploadErrorCode,
} from './adapters/process-image';
export { releaseUpload, reserveUpload } from './queries/uploads';
export { isSafeMediaKey, type MediaStorage } from './storage';
export { UPLOAD_LIMITS } from './upload-limits';
export { backfillCrops } from './workflows/backfill-crops';
export { backfillMediaLibrary } from './workflows/backfill-library';
export { storeUpload } from './workflows/store-upload';
