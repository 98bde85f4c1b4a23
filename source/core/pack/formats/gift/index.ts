export {giftImporter, looksLikeGift, parseGift} from './import-gift.js';
export {giftExporter, writeGift} from './export-gift.js';
