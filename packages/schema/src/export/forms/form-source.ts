/**
 * The document the three forms are annexed to: Kiên Giang People's Committee official letter
 * 1647/UBND-KGVX of 19/11/2020 on implementing Decree 47/2020 (seed 000_134eea380c0a2334.txt).
 * The forms are provincial templates, not annexes of the Decree itself.
 */
export const KIEN_GIANG_1647_SOURCE =
  'Công văn số 1647/UBND-KGVX ngày 19/11/2020 của UBND tỉnh Kiên Giang (Mẫu số 1, 2, 3)';
