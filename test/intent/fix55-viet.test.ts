/**
 * Round fifty-five, debt55 (viet): Vietnamese typed without its marks read by one mechanism, vietnamese-marks.ts giving
 * the marks back for more-languages.ts's Vietnamese, where sea-words.ts had glossed the unmarked words apart. What only
 * sea-words.ts read moved there: "hủy/huy" (cancel: revoke), "ai (đã) tạo/hủy key" (who made, who cancelled), "tổng chi
 * phí" (the total), "năm nay" (this year), "bị lộ" (leaked), "không dùng nữa" (no longer used), "xoá hẳn unit"
 * (deprovision), and a whose-key "key cua X" as a mark of the language. Sentences of our own, with and without marks.
 */
import { describe } from 'vitest';
import { exactly, neverActs } from './acted.js';

describe('Vietnamese requests, with their marks and without, read by the marks given back', () => {
  exactly([
    { text: 'huy key cua kho-lanh giup chi voi', intent: 'revoke', businessUnit: 'kho-lanh' },
    { text: 'hủy key của kho-lanh nhé, không dùng nữa', intent: 'revoke', businessUnit: 'kho-lanh' },
    { text: 'doi key cua cang-cat-lai', intent: 'rotate', businessUnit: 'cang-cat-lai' },
    { text: 'ai da tao key cho cang-cat-lai?', intent: 'history', businessUnit: 'cang-cat-lai' },
    { text: 'ai hủy key của kho-lanh vậy?', intent: 'history', businessUnit: 'kho-lanh' },
    {
      text: 'tong chi phi bedrock thang truoc cua kho-lanh la bao nhieu?',
      intent: 'spend',
      businessUnit: 'kho-lanh',
      period: { kind: 'month', monthsAgo: 1 },
    },
    {
      text: 'xoá hẳn unit cang-cat-lai giúp anh, dự án xong rồi',
      intent: 'deprovision',
      businessUnit: 'cang-cat-lai',
    },
    { text: 'key cua kho-lanh bi lo, doi gap giup em', intent: 'rotate', businessUnit: 'kho-lanh' },
  ]);
});

describe('Vietnamese that asks nothing of the bot, with and without marks', () => {
  exactly([
    { text: 'chuyến hàng đi Hải Phòng bị hủy rồi, mai đặt lại nhé', intent: 'unknown' },
    { text: 'hom nay anh Huy nghi phep, mai lam tiep', intent: 'unknown' },
  ]);
  neverActs([
    'thẻ ra vào kho lạnh bị lộ mã, ai đổi giúp với',
    'AI da usare per il team di vendita, ma il budget è finito',
  ]);
});
